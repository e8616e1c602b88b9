; Inno Setup script: CivicDesk-Setup-<version>.exe from the PyInstaller bundle.
;
; Build on Windows (see README, "Building the Windows installer"):
;   pyinstaller --noconfirm build.spec          (makes dist\CivicDesk\CivicDesk.exe)
;   iscc /DAppVersion=0.1.0 installer\civicdesk.iss
; The version must be the one in civicdesk\__init__.py. The installer lands in dist\.
;
; Uninstalling removes the program only. The data (database, backups, logs) lives in the
; PC's folder %PROGRAMDATA%\CivicDesk, which every account of the PC uses (civicdesk/paths.py:
; machine_dir), or in a "data" folder beside CivicDesk.exe in portable mode. The installer
; creates the PC's folder with modify rights for the Users group (a file one account made
; there must be changeable by the next: the database, its -wal and -shm, the lock file,
; backups), and the uninstaller never deletes it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\civicdesk.iss
#endif

#define AppName "CivicDesk"
#define AppExe "CivicDesk.exe"

[Setup]
; The AppId identifies CivicDesk to Windows across versions: never change it.
AppId={{4B8F30AC-2326-4EC3-A1A8-8CAD33648067}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CivicDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A shared office PC: install for all users; someone without admin rights may choose to
; install for themselves only.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=CivicDesk-Setup-{#AppVersion}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Qt 6.11 needs Windows 10 or later: refuse to install on 7 or 8 rather than fail at start (#15).
MinVersion=10.0

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
Name: "{commonappdata}\{#AppName}"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
Source: "..\dist\CivicDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

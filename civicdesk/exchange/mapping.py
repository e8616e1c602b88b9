"""Which column of a file goes into which field of CivicDesk: the fields a column can fill,
the guess from header names (English, Spanish, French), and the conversion of cell text
(dates in the file's order, yes/no words, lists, membership words).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from civicdesk.errors import UserError
from civicdesk.i18n import QT_TRANSLATE_NOOP, Message
from civicdesk.services import people, vocabulary


@dataclass(frozen=True)
class Target:
    """A field a column can fill. `kind` says how its text is read; `label` is shown."""

    key: str
    label: str
    kind: str = "text"  # text, household, bool, not_bool, date, list, status, level,
    # name, external_id, household_key, money, payment_date, flag_tag


def _person(key: str, kind: str = "text") -> Target:
    return Target(key, people.PERSON_FIELDS[key].label, kind)


def _household(key: str) -> Target:
    return Target(key, people.HOUSEHOLD_FIELDS["name" if key == "household" else key].label,
                  "household")


TARGETS: dict[str, Target] = {t.key: t for t in [
    _person("first_name"), _person("last_name"),
    Target("full_name", QT_TRANSLATE_NOOP("Field", "Full name (split into first and last)"),
           "name"),
    _person("preferred_name"), _person("email"), _person("phone"), _person("mobile"),
    _household("household"), _household("street"), _household("unit"), _household("city"),
    _household("region"), _household("postal_code"), _household("country"),
    _household("area"),
    Target("household_key", QT_TRANSLATE_NOOP(
        "Field", "Household key (rows with the same key live together)"), "household_key"),
    _person("membership_status", "status"),
    Target("membership_level", QT_TRANSLATE_NOOP("Field", "Membership level or type"),
           "level"),
    _person("member_number"),
    Target("member_since", QT_TRANSLATE_NOOP("Field", "Member since"), "date"),
    Target("renewal_due", QT_TRANSLATE_NOOP("Field", "Renewal due"), "date"),
    _person("is_volunteer", "bool"), _person("availability"),
    _person("accessibility_notes"),
    _person("consent_directory", "bool"), _person("consent_email", "bool"),
    _person("consent_phone", "bool"), _person("consent_photo", "bool"),
    Target("do_not_email", QT_TRANSLATE_NOOP("Field", "Do not email (yes: may not be emailed)"),
           "not_bool"),
    Target("do_not_phone", QT_TRANSLATE_NOOP("Field", "Do not phone (yes: may not be phoned)"),
           "not_bool"),
    _person("notes"), _person("sensitive_notes"),
    _person("languages", "list"), _person("skills", "list"), _person("interests", "list"),
    Target("external_id", QT_TRANSLATE_NOOP("Field", "Id in the other system"), "external_id"),
    Target("do_not_mail", QT_TRANSLATE_NOOP(
        "Field", "Do not mail (yes: kept as the interest \u201cdo not mail\u201d)"), "flag_tag"),
    Target("do_not_sms", QT_TRANSLATE_NOOP(
        "Field", "Do not text (yes: kept as the interest \u201cdo not sms\u201d)"), "flag_tag"),
    # A dues payment per row (#14): recorded as a payment of the import, undone with it.
    Target("dues_amount", QT_TRANSLATE_NOOP("Field", "Dues paid: amount"), "money"),
    Target("dues_paid_on", QT_TRANSLATE_NOOP("Field", "Dues paid: on (date)"), "payment_date"),
    Target("dues_from", QT_TRANSLATE_NOOP("Field", "Dues paid: covering from"), "payment_date"),
    Target("dues_until", QT_TRANSLATE_NOOP("Field", "Dues paid: until"), "payment_date"),
]}
PAYMENT_KEYS = {"dues_paid_on": "paid_on", "dues_from": "period_start",
                "dues_until": "period_end"}
# The tags kept for a yes in a flag_tag column and for a membership level (interests: the
# person page shows them and the members list filters on them; see ARCHITECTURE).
FLAG_TAGS = {"do_not_mail": QT_TRANSLATE_NOOP("Import", "do not mail"),
             "do_not_sms": QT_TRANSLATE_NOOP("Import", "do not sms")}
LEVEL_TAG = QT_TRANSLATE_NOOP("Import", "level: {level}")
# Where a not_bool's answer goes.
INVERTED = {"do_not_email": "consent_email", "do_not_phone": "consent_phone"}

# Header words for the generic guess, folded (see `folded`): English, Spanish, French.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "given names", "forename",
                   "prenom", "nombre", "nombres", "nom de bapteme"),
    "last_name": ("last name", "lastname", "surname", "family name", "last", "nom",
                  "nom de famille", "apellido", "apellidos", "primer apellido"),
    "full_name": ("name", "full name", "display name", "contact name", "nom complet",
                  "nombre completo", "nombre y apellidos", "participant"),
    "preferred_name": ("preferred name", "nickname", "known as", "surnom", "apodo"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "courriel",
              "adresse courriel", "adresse e mail", "adresse electronique", "correo",
              "correo electronico", "preferred email", "primary email"),
    "phone": ("phone", "telephone", "tel", "phone number", "home phone", "telephone number",
              "telefono", "numero de telephone", "preferred phone", "primary phone"),
    "mobile": ("mobile", "mobile phone", "cell", "cell phone", "cellphone", "cellular",
               "portable", "cellulaire", "movil", "celular", "telefono movil"),
    "household": ("household", "household name", "family", "famille", "foyer", "menage",
                  "hogar", "familia"),
    "street": ("address", "street", "street address", "address 1", "address line 1",
               "adresse", "rue", "adresse postale", "direccion", "calle", "domicilio"),
    "unit": ("unit", "apt", "apartment", "suite", "address 2", "address line 2",
             "appartement", "app", "piso", "departamento", "depto"),
    "city": ("city", "town", "ville", "localite", "municipalite", "ciudad", "localidad",
             "municipio", "poblacion"),
    "region": ("state", "province", "region", "province state", "state province", "etat",
               "provincia", "estado provincia", "departement"),
    "postal_code": ("postal code", "postcode", "zip", "zip code", "code postal", "cp",
                    "codigo postal", "c p"),
    "country": ("country", "pays", "pais"),
    "area": ("area", "neighbourhood", "neighborhood", "district", "ward", "quartier",
             "secteur", "arrondissement", "barrio", "colonia", "zona"),
    "membership_status": ("membership status", "member status", "membership", "statut",
                          "statut de membre", "adhesion", "estado de socio",
                          "estado de membresia", "membresia"),
    "membership_level": ("membership level", "membership type", "member type", "level",
                         "type de membre", "categorie de membre", "tipo de socio",
                         "tipo de membresia"),
    "member_number": ("member number", "member no", "membership number", "member #",
                      "numero de membre", "no de membre", "numero de socio", "n de socio"),
    "member_since": ("member since", "joined", "join date", "date joined", "membre depuis",
                     "date d adhesion", "socio desde", "miembro desde", "fecha de alta"),
    "renewal_due": ("renewal due", "renewal date", "expiry", "expiry date", "expires",
                    "expiration date", "date d expiration", "echeance", "renouvellement",
                    "vencimiento", "fecha de vencimiento", "fecha de renovacion"),
    "is_volunteer": ("volunteer", "is volunteer", "benevole", "voluntario", "voluntaria"),
    "availability": ("availability", "available", "disponibilite", "disponibilites",
                     "disponibilidad"),
    "consent_directory": ("directory", "in directory", "listed in directory", "annuaire",
                          "directorio"),
    "consent_email": ("may email", "email ok", "email consent", "opted in",
                      "subscribed to emails", "accepte les courriels", "acepta correos"),
    "consent_phone": ("may phone", "phone ok", "phone consent", "accepte les appels"),
    "consent_photo": ("photo consent", "photos", "photos ok", "droit a l image",
                      "consentement photo", "autoriza fotos"),
    "do_not_email": ("do not email", "no email", "no emails"),
    "do_not_phone": ("do not phone", "do not call", "no calls"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remarques", "commentaire",
              "commentaires", "notas", "nota", "comentarios", "observaciones"),
    "languages": ("languages", "language", "preferred language", "spoken languages", "langue",
                  "langues", "idioma", "idiomas", "lengua"),
    "skills": ("skills", "skill", "tags", "tag", "tag s", "competences", "habiletes",
               "habilidades", "etiquetas"),
    "interests": ("interests", "interest", "interets", "centres d interet", "intereses"),
    "external_id": ("id", "external id", "external identifier", "contact id", "member id",
                    "user id", "identifiant", "identificador"),
    "do_not_mail": ("do not mail", "no mail", "no post"),
    "do_not_sms": ("do not sms", "no sms", "no texts", "do not text"),
    "dues_amount": ("amount", "amount paid", "dues", "dues paid", "dues amount",
                    "membership fee", "fee", "fee paid", "payment",
                    "total amount", "montant", "montant paye", "cotisation",
                    "cotisation payee", "paiement", "importe", "importe pagado", "cuota",
                    "cuota pagada", "monto", "pago"),
    "dues_paid_on": ("paid on", "date paid", "payment date", "date of payment",
                     "receive date", "date de paiement", "paye le", "date du paiement",
                     "fecha de pago", "pagado el", "fecha del pago"),
    "dues_from": ("period start", "covers from", "period from", "debut de periode",
                  "periode du", "periodo desde", "inicio del periodo"),
    "dues_until": ("paid until", "dues paid until", "paid through", "paid to",
                   "periode jusqu au", "paye jusqu au", "cotisation jusqu au",
                   "pagado hasta", "periodo hasta"),
}
_BY_WORDS = {word: key for key, words in SYNONYMS.items() for word in words}


def folded(header: str) -> str:
    """A header as the guess compares it: no accents, lower case, punctuation as spaces."""
    text = unicodedata.normalize("NFKD", header.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w#]+", " ", text).split())


def guess(headers: list[str]) -> dict[str, str | None]:
    """The generic guess: {header: target key or None}, each target used once (the first
    column that names it wins)."""
    found: dict[str, str | None] = {}
    used: set[str] = set()
    for header in headers:
        key = _BY_WORDS.get(folded(header))
        if key is not None and key not in used:
            used.add(key)
            found[header] = key
        else:
            found[header] = None
    return found


class UnknownField(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "--map \u201c{given}\u201d: {field} is not a field CivicDesk imports; use "
                  "one of: {fields} (or \u201cColumn=\u201d to skip the column)")


class UnknownColumn(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "--map \u201c{given}\u201d: the file has no column {column}; its columns "
                  "are: {columns}")


class BadMapArgument(UserError):
    context = "Import"
    template = QT_TRANSLATE_NOOP(
        "Import", "--map \u201c{given}\u201d: write it as \u201cColumn=field\u201d, for "
                  "example --map \u201cCourriel=email\u201d")


def changed(columns: dict[str, str | None], given: list[str]) -> dict[str, str | None]:
    """*columns* with the user's `Column=field` choices applied (a column named in another
    case is found; a field chosen again moves from the column that had it)."""
    result = dict(columns)
    by_fold = {h.casefold(): h for h in columns}
    for item in given:
        column, sep, key = item.rpartition("=")
        column, key = column.strip(), key.strip()
        if not sep or not column:
            raise BadMapArgument(given=item)
        header = by_fold.get(column.casefold())
        if header is None:
            raise UnknownColumn(given=item, column=column, columns=", ".join(columns))
        if key and key not in TARGETS:
            raise UnknownField(given=item, field=key, fields=", ".join(TARGETS))
        for other, chosen in result.items():
            if key and chosen == key:
                result[other] = None
        result[header] = key or None
    return result


# Reading cell text ---------------------------------------------------------------------------

YES = {"yes", "y", "true", "1", "x", "oui", "o", "si", "sí", "vrai", "verdadero", "on", "✓"}
NO = {"no", "n", "false", "0", "non", "faux", "falso", "off", ""}
DATE_ORDERS = ("dmy", "mdy", "ymd")
_DATE = re.compile(r"^\s*(\d{1,4})[./\-](\d{1,2})[./\-](\d{1,4})(?:[ T].*)?$")

# Membership words of other systems and languages, folded, to CivicDesk's statuses.
STATUS_WORDS = {
    "member": "member", "active": "member", "current": "member", "new": "member",
    "grace": "member", "paid": "member", "membre": "member", "actif": "member",
    "active member": "member", "miembro": "member", "socio": "member", "activo": "member",
    "pending renewal": "member", "pending level change": "member",
    "lapsed": "lapsed", "expired": "lapsed", "suspended": "lapsed", "inactive": "lapsed",
    "expire": "lapsed", "echu": "lapsed", "inactif": "lapsed", "vencido": "lapsed",
    "caducado": "lapsed", "inactivo": "lapsed",
    "honorary": "honorary", "honoraire": "honorary", "honorario": "honorary",
    "prospect": "prospect", "pending": "prospect", "pending new": "prospect",
    "applicant": "prospect", "en attente": "prospect", "pendiente": "prospect",
    "none": "none", "cancelled": "none", "canceled": "none", "deceased": "none",
    "non member": "none", "annule": "none", "ninguno": "none",
}


class CellProblem(Exception):
    """A cell that cannot be read; *reason* is a translatable template."""

    def __init__(self, reason: str, **params) -> None:
        super().__init__(reason)
        self.reason, self.params = reason, params


NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not a date (read as {order})")
DATE_TEXT = {"dmy": QT_TRANSLATE_NOOP("Import", "day/month/year"),
             "mdy": QT_TRANSLATE_NOOP("Import", "month/day/year"),
             "ymd": QT_TRANSLATE_NOOP("Import", "year-month-day")}


def date_order_text(order: str) -> Message:
    """"day/month/year"... in the user's language, for a message's {order}."""
    return Message("Import", DATE_TEXT[order])
NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "\u201c{value}\u201d is not yes or no")
NOT_STATUS = QT_TRANSLATE_NOOP(
    "Import", "\u201c{value}\u201d is not a membership status CivicDesk knows (member, "
              "lapsed, honorary, prospect, none)")


def yes_no(text: str) -> bool:
    word = text.strip().casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise CellProblem(NOT_YES_NO, value=text)


def date_parts(text: str) -> tuple[int, int, int] | None:
    found = _DATE.match(text)
    return tuple(int(g) for g in found.groups()) if found else None  # type: ignore[return-value]


def detect_date_order(values: list[str]) -> str | None:
    """The order the file's dates are written in, from the values themselves: a first part
    of four digits is year first; a first part over 12 is day first, a second over 12 is
    month first. None when every date could be read both ways (then the user is asked)."""
    day_first = month_first = False
    for text in values:
        parts = date_parts(text)
        if parts is None:
            continue
        a, b, c = parts
        if a > 31:
            return "ymd"
        day_first |= a > 12
        month_first |= b > 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None


def ambiguous(values: list[str]) -> bool:
    """Are there dates that read differently day first and month first?"""
    return any((p := date_parts(v)) and p[0] <= 12 and p[1] <= 12 and p[0] != p[1]
               and p[0] <= 31 for v in values)


MONTHS = {name: number for number, names in enumerate((
    "jan january janv janvier ene enero", "feb february fev fevr fevrier febrero",
    "mar march mars marzo", "apr april avr avril abr abril", "may mai mayo",
    "jun june juin junio", "jul july juil juillet julio", "aug august aou aout ago agosto",
    "sep sept september septembre septiembre set setiembre", "oct october octobre octubre",
    "nov november novembre noviembre", "dec december decembre dic diciembre"), start=1)
    for name in names.split()}
_WORDY = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$|^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
                    r"\s+(\d{4})$")


def _wordy_date(text: str) -> date | None:
    """12 Mar 2021, 12 mars 2021, March 12th, 2021 (Wild Apricot, CiviCRM's long form)."""
    found = _WORDY.match(folded(text).replace(" de ", " ") if "," not in text
                         else " ".join(folded(text).split()))
    if not found:
        return None
    day, month, year = (found.group(1), found.group(2), found.group(3)) if found.group(1) \
        else (found.group(5), found.group(4), found.group(6))
    if month not in MONTHS:
        return None
    try:
        return date(int(year), MONTHS[month], int(day))
    except ValueError:
        raise CellProblem(NOT_A_DATE, value=text, order=date_order_text("dmy")) from None


def parse_date(text: str, order: str | None) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    if text[:1].isalpha() or " " in text.strip()[:3]:
        found = _wordy_date(text)
        if found is not None:
            return found
    parts = date_parts(text)
    order = order or "dmy"
    if parts is None:
        raise CellProblem(NOT_A_DATE, value=text, order=date_order_text(order))
    if parts[0] > 31:
        order = "ymd"
    values = dict(zip(order, parts, strict=True))
    year = values["y"] + (2000 if values["y"] < 50 else 1900 if values["y"] < 100 else 0)
    try:
        return date(year, values["m"], values["d"])
    except ValueError:
        raise CellProblem(NOT_A_DATE, value=text, order=date_order_text(order)) from None


def status(text: str) -> str:
    word = folded(text).replace(" ", " ")
    if not word:
        return ""
    found = STATUS_WORDS.get(word) or STATUS_WORDS.get(word.split(" ")[0])
    if found is None or found not in vocabulary.MEMBERSHIP_STATUSES:
        raise CellProblem(NOT_STATUS, value=text)
    return found


def items(text: str) -> list[str]:
    """A list cell: items separated by commas, semicolons, bars or line breaks."""
    return [part.strip() for part in re.split(r"[,;|\n]", text) if part.strip()]


def split_name(text: str) -> tuple[str, str]:
    """("Ana María", "López") from "Ana María López" or "López, Ana María"."""
    text = " ".join(text.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return (first, last) if first else ("", last)


# Money ---------------------------------------------------------------------------------------

DECIMAL_MARKS = {"comma": ",", "point": "."}
MARK_TEXT = {",": QT_TRANSLATE_NOOP("Import", "comma"),
             ".": QT_TRANSLATE_NOOP("Import", "point")}
NOT_MONEY = QT_TRANSLATE_NOOP(
    "Import", "\u201c{value}\u201d is not an amount of money (such as 12.50 or 12,50)")
TOO_PRECISE = QT_TRANSLATE_NOOP(
    "Import", "\u201c{value}\u201d has more than two decimals (read with a decimal {mark})")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")
_MONEY = re.compile(r"^([+-]?)([\d.,]*\d)$")
# A currency sign or code before or after the number: $12.50, € 12,50, 12,50 EUR, 12.50$.
_CURRENCY = re.compile(r"^(?:[^\w\s\d.,+-]|[A-Za-z]{1,3}\$?)\s*|\s*(?:[^\w\s\d.,]|[A-Za-z]{1,3})$")


def _money_digits(text: str) -> tuple[str, str] | None:
    """(sign, digits with their marks) of an amount as typed, spaces and currency gone."""
    bare = text.strip()
    for _ in range(2):
        bare = _CURRENCY.sub("", bare.strip(), count=1)
    bare = bare.strip()
    if bare[:1] and bare[0] in "+-":
        sign, bare = bare[0], _CURRENCY.sub("", bare[1:].strip(), count=1)
    else:
        sign = ""
    found = _MONEY.match(sign + bare.translate(_SPACES))
    return (found.group(1), found.group(2)) if found else None


def mark_evidence(text: str) -> str | None:
    """The decimal mark one amount shows by itself: the last mark when both are there
    ("1.234,50"), a mark followed by one or two digits ("12,5"), the other one when a mark
    repeats ("1,234,567"); None when it could be either ("1,234") or has no mark."""
    found = _money_digits(text)
    if found is None:
        return None
    digits = found[1]
    marks = [ch for ch in digits if ch in ",."]
    if not marks:
        return None
    if len(set(marks)) == 2:
        return marks[-1]
    if len(marks) > 1:
        return "," if marks[0] == "." else "."
    return marks[0] if len(digits) - digits.index(marks[0]) - 1 != 3 else None


def detect_decimal_mark(values: list[str]) -> str | None:
    """The decimal mark of a column's amounts, from the amounts that show it (the most
    common one wins)."""
    seen = Counter(m for m in map(mark_evidence, values) if m)
    return seen.most_common(1)[0][0] if seen else None


def money_ambiguous(text: str) -> bool:
    """Does this amount read differently with a decimal comma and a decimal point?"""
    found = _money_digits(text)
    return bool(found) and mark_evidence(text) is None and any(ch in ",." for ch in found[1])


def parse_money(text: str, mark: str | None) -> int | None:
    """An amount as typed ("12,50", "1.234,50", "1 234,50", "$12.50", "€ 12,50",
    "1,234.50") in cents; *mark* is the file's decimal mark ("," or "."), used only when
    the amount itself does not show it."""
    text = text.strip()
    if not text:
        return None
    found = _money_digits(text)
    if found is None:
        raise CellProblem(NOT_MONEY, value=text)
    sign, digits = found
    decimal = mark_evidence(text) or mark or "."
    whole, _, cents = digits.rpartition(decimal) if decimal in digits else (digits, "", "")
    groups = whole.split("," if decimal == "." else ".")
    if any(not g for g in groups) or any(len(g) != 3 for g in groups[1:]) \
            or any(ch in ",." for ch in cents):
        raise CellProblem(NOT_MONEY, value=text)
    if len(cents) > 2:
        raise CellProblem(TOO_PRECISE, value=text, mark=Message("Import", MARK_TEXT[decimal]))
    try:
        amount = Decimal(sign + "".join(groups) + "." + (cents or "0"))
    except InvalidOperation:
        raise CellProblem(NOT_MONEY, value=text) from None
    return int(amount * 100)


@dataclass
class Mapping:
    """What the wizard's mapping step shows and changes: each column's field (None: not
    imported), the date order (None: found from the values), and where the ids come from."""

    columns: dict[str, str | None]
    preset: str = "generic"
    system: str = "import"  # ExternalId.system for the external id column
    date_order: str | None = None
    never_read: frozenset[str] = field(default_factory=frozenset)  # columns never looked at
    decimal_mark: str | None = None  # "," or "."; None: found from the amounts

    def column_of(self, key: str) -> str | None:
        return next((c for c, k in self.columns.items() if k == key), None)

    def with_columns(self, given: list[str]) -> Mapping:
        return Mapping(changed(self.columns, given), self.preset, self.system, self.date_order,
                       self.never_read, self.decimal_mark)

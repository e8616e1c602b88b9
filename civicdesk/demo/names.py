"""Name pools from many cultures (Latin with diacritics, Cyrillic, Greek, Arabic, CJK ...).

Each culture has first names, last names, the languages its people usually speak, whether
names are written family-name first, and a weight (how common it is in the demo town).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    key: str
    weight: int
    languages: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    latin: bool = True  # whether an email can be made from the name


CULTURES: tuple[Culture, ...] = (
    Culture("en", 30, ("English",),
            ("James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
             "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
             "Thomas", "Sarah", "Charles", "Karen", "Dorothy", "Harold", "Mildred", "Walter"),
            ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
             "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris",
             "Clark", "Lewis", "Robinson", "Walker", "O'Neill", "MacDonald", "Fitzgerald")),
    Culture("es", 16, ("Spanish", "English"),
            ("José", "María", "Lucía", "Sofía", "Andrés", "Martín", "Ramón", "Inés", "Begoña",
             "Jesús", "Mónica", "Raúl", "Ángela", "Víctor", "Nuria", "Óscar", "Paz", "Iñigo"),
            ("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
             "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Muñoz",
             "Álvarez", "Ibáñez", "Peña", "de la Cruz")),
    Culture("de", 6, ("German", "English"),
            ("Jürgen", "Jörg", "Günter", "Käthe", "Björn", "Lukas", "Anna", "Sören", "Märta",
             "Ulrike", "Friedrich", "Hannelore"),
            ("Müller", "Schröder", "Böhm", "Groß", "Weiß", "Schäfer", "Köhler", "Vogel",
             "Hoffmann", "Krüger", "Fuß", "Bäcker")),
    Culture("fr", 5, ("French", "English"),
            ("Zoë", "Chloé", "Hélène", "François", "Léa", "Benoît", "Anaïs", "Jérôme", "Noël",
             "Gaëlle", "Côme", "Maëlys"),
            ("Lefèvre", "Dubois", "Moreau", "Girard", "Bérénger", "Lemaître", "Fabré", "Roché",
             "Château", "Besançon")),
    Culture("pl", 4, ("Polish", "English"),
            ("Łukasz", "Małgorzata", "Wojciech", "Zofia", "Paweł", "Agnieszka", "Stanisław",
             "Bożena"),
            ("Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
             "Szymańska", "Dąbrowski", "Woźniak")),
    Culture("vi", 5, ("Vietnamese", "English"),
            ("Anh", "Bảo", "Dũng", "Hương", "Lan", "Minh", "Ngọc", "Phương", "Thảo", "Tuấn"),
            ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi")),
    Culture("ru", 6, ("Russian", "Ukrainian"),
            ("Анна", "Иван", "Ольга", "Дмитрий", "Наталья", "Сергей", "Елена", "Алексей",
             "Тетяна", "Олександр", "Юлія"),
            ("Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Шевченко", "Коваленко",
             "Бондаренко", "Ткаченко"),
            latin=False),
    Culture("el", 2, ("Greek", "English"),
            ("Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Δήμητρα"),
            ("Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Καραγιάννη"),
            latin=False),
    Culture("ar", 8, ("Arabic", "English"),
            ("محمد", "فاطمة", "أحمد", "مريم", "علي", "زينب", "يوسف", "خديجة", "عمر", "ليلى"),
            ("العلي", "حداد", "الخطيب", "منصور", "النجار", "عبد الله", "سليمان", "الحسن"),
            latin=False),
    Culture("zh", 6, ("Chinese", "English"),
            ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "小明"),
            ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"),
            latin=False),
    Culture("ja", 2, ("Japanese",),
            ("さくら", "陽翔", "結衣", "蓮", "美咲", "大翔"),
            ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"),
            latin=False),
    Culture("ko", 2, ("Korean", "English"),
            ("민준", "서연", "지호", "하은", "도윤", "수아"),
            ("김", "이", "박", "최", "정", "강"),
            latin=False),
    Culture("so", 3, ("Somali", "Arabic", "English"),
            ("Abdi", "Hodan", "Faadumo", "Xasan", "Ayaan", "Maxamed", "Sahra"),
            ("Warsame", "Cali", "Maxamuud", "Jaamac", "Faarax", "Cabdi")),
    Culture("tr", 3, ("Turkish", "German"),
            ("Ayşe", "Mehmet", "Özlem", "Çağrı", "Gülşen", "İbrahim", "Şükrü"),
            ("Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "Güneş")),
    Culture("hi", 2, ("Hindi", "English"),
            ("Priya", "Arjun", "Ananya", "Rohan", "प्रिया", "अर्जुन"),
            ("Sharma", "Patel", "Gupta", "Iyer", "शर्मा", "वर्मा")),
)

STREETS = ("Maple Street", "Oak Avenue", "Rue des Érables", "Calle Mayor", "Elm Road",
           "Mühlenweg", "Riverside Drive", "Church Lane", "Station Road", "Cedar Court",
           "Willow Way", "Hill Street", "Park Terrace", "Market Square", "Orchard Close",
           "Lindenstraße", "Avenida del Sol", "Harbour View", "Mill Lane", "Greenway")
CITIES = ("Springfield",)
AREAS = ("Northside", "Riverside", "Old Town", "Hillcrest", "Eastgate", "Westpark")
POSTAL_BY_AREA = {"Northside": "10101", "Riverside": "10102", "Old Town": "10103",
                  "Hillcrest": "10104", "Eastgate": "10105", "Westpark": "10106"}

SKILLS = ("driving", "shopping", "repairs", "companionship", "translation", "paperwork",
          "cooking", "first aid", "gardening", "computers", "heavy lifting", "childcare")
INTERESTS = ("newsletter", "events", "environment", "seniors", "youth", "arts", "sports")

EVENTS = (
    ("Food pantry", "Community hall, 12 Church Lane", "#e67e22", "Sorting"),
    ("Park clean-up", "Riverside park gate", "#27ae60", "Clean-up crew"),
    ("Ride program", "Association office", "#2980b9", "Driver"),
    ("Homework club", "Library annex", "#8e44ad", "Tutor"),
    ("Community garden", "Orchard Close garden", "#16a085", "Gardener"),
    ("Senior lunch", "Community hall, 12 Church Lane", "#c0392b", "Kitchen"),
    ("Repair café", "Old fire station", "#7f8c8d", "Fixer"),
    ("Welcome desk", "Association office", "#d35400", "Front desk"),
)

REQUEST_TEXT = {
    "groceries": ("Weekly groceries", "Pick up pharmacy order and groceries",
                  "Help with shopping after surgery"),
    "ride": ("Ride to the clinic", "Ride to a hospital appointment", "Ride to the pharmacy"),
    "repair": ("Leaking tap", "Broken door lock", "Replace smoke alarm battery"),
    "companionship": ("Weekly visit and a chat", "Phone call on Sundays", "Walk in the park"),
    "translation": ("Help at the doctor's in Arabic", "Translate a school letter",
                    "Interpreting at the housing office"),
    "paperwork": ("Benefit form", "Help with a rent support application", "Tax form questions"),
    "other": ("Move furniture to the ground floor", "Set up a new phone", "Walk the dog"),
}

# The short names some people go by, drawn from their own first name (a demo person is given
# one only if their name has one here, and then only now and then).
NICKNAMES = {
    "James": ("Jim", "Jimmy"), "Robert": ("Bob", "Rob"), "Patricia": ("Pat", "Trish"),
    "John": ("Jack",), "Jennifer": ("Jen",), "Michael": ("Mike",), "David": ("Dave",),
    "Elizabeth": ("Liz", "Beth"), "William": ("Bill", "Will"), "Barbara": ("Barb",),
    "Richard": ("Rick", "Dick"), "Susan": ("Sue",), "Joseph": ("Joe",), "Jessica": ("Jess",),
    "Thomas": ("Tom",), "Charles": ("Charlie",), "Dorothy": ("Dot",), "Harold": ("Harry",),
    "Mildred": ("Millie",), "Walter": ("Walt",), "José": ("Pepe",), "María": ("Mari",),
    "Jesús": ("Chuy",), "Andrés": ("Andy",), "Friedrich": ("Fritz",),
    "Hannelore": ("Hanne",), "Małgorzata": ("Gosia",), "Wojciech": ("Wojtek",),
    "Stanisław": ("Staszek",), "Иван": ("Ваня",), "Дмитрий": ("Дима",),
    "Наталья": ("Наташа",), "Сергей": ("Серёжа",), "Елена": ("Лена",), "Алексей": ("Лёша",),
    "Олександр": ("Саша",), "Γιώργος": ("Γιωργάκης",), "Κώστας": ("Κωστής",),
    "Maxamed": ("Max",), "İbrahim": ("İbo",),
}

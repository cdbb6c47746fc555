package moderation

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// Sentences a child might write that must flag DANGER, per language: violence, abuse, fear and
// self-harm, written the way children type them (no accents, other keyboards, clitics attached).
var dangerSentences = map[string][]string{
	"nl": {
		"Een jongen van de gang slaat mij elke dag",
		"Mijn oom heeft me geslagen en ik durf niks te zeggen",
		"Ik wil niet meer leven",
		"ik ben bang voor de man op kamer 3",
		"hij zei dat hij me gaat vermoorden",
		"iemand heeft aan mij gezeten in de douche",
		"Er is een jongen met een mes op het plein",
		"ze pesten mij omdat ik anders praat",
	},
	"en": {
		"My brother hits me when nobody is looking",
		"I want to kill myself",
		"He touched me and said it was a secret",
		"I am scared to sleep in my room",
		"A man said he will hurt me if I tell",
		"sometimes I think about suicide",
		"The older boys are bullying me",
	},
	"fr": {
		"Mon père me frappe quand il est en colère",
		"J'ai peur la nuit dans le couloir",
		"il m'a touchée et je ne veux pas",
		"je veux mourir, plus envie de vivre",
		"ils me menacent avec un couteau",
		"un garcon me harcele tous les jours",
	},
	"tr": {
		"Abim beni her gün dövüyor",
		"Korkuyorum, odamda güvende değilim",
		"Bazen ölmek istiyorum",
		"adam beni öldüreceğini söyledi",
		"bana dokundu ve kimseye söyleme dedi",
		"kendime zarar vermek istiyorum",
		"korkuyorum cunku guvenli degil", // typed without Turkish letters
	},
	"so": {
		"Aabahay wuu i garaacay shalay",
		"Waan cabsanayaa habeenkii",
		"Waxaan rabaa inaan dhinto",
		"nin ayaa i taabtay anigoo aan rabin",
		"wiilasha waaweyn ayaa dagaal ila gala maalin walba",
	},
	"kmr": {
		"Birayê min li min dixe",
		"Ez ditirsim li vir, ev der ne ewle ye",
		"Ez dixwazim bimirim",
		"wî got ew ê min bikuje",
		"ez ditirsim, kure ne ewle ye",
		"bave min li min xist", // Kurmanji typed without its letters
	},
	"uk": {
		"Вітчим б'є мене, коли мами немає вдома",
		"Я боюся спати в цій кімнаті",
		"Я не хочу жити",
		"Він погрожував мені ножем",
		"Хлопці з коридору вдарили мене",
		"Вітчим бʼє мене", // modifier-letter apostrophe, as on many keyboards
	},
	"ar": {
		"أبي يضربني كل يوم",
		"أنا خائفة من الرجل في الغرفة المجاورة",
		"أريد أن أموت",
		"هددني بالسكين",
		"شخص يتحرش بي في الحمام",
		"انا خايف",      // dialect spelling
		"والضرب كل يوم", // a clitic written onto the word
	},
	"fa": {
		"پدرم منو کتک میزنه",
		"من خیلی میترسم، اینجا امن نیست",
		"می‌خواهم بمیرم",
		"به خودکشی فکر می‌کنم",
		"پسرها همیشه اذیتم میکنن",
		"يك مرد مرا تهديد كرد", // Arabic-keyboard yeh and kaf
	},
	"prs": {
		"کاکایم مره لت میکنه",
		"شب‌ها میترسم",
		"یک نفر مرا تهدید کرد",
		"میخواهم بمیرم",
	},
	"ps": {
		"زه ډېر ډارېږم",
		"پلار مې ووهلم",
		"غواړم مړ شم",
		"هغه سړي ګواښ وکړ چې ما به ووژني",
		"زه ډاریږم", // Persian-keyboard yeh
	},
	"ckb": {
		"باوکم لێم دەدات",
		"من دەترسم لێرە",
		"دەمەوێت بمرم",
		"کابرایەک هەڕەشەی لێکردم",
		"من دهترسم", // typed with heh for ae
	},
	"ti": {
		"ኣቦይ ይወቕዓኒ እዩ",
		"ኣብዚ ውሑስ ኣይኮነን ይፈርሕ ኣለኹ",
		"ክመውት ደልየ",
		"ሓደ ሰብ ብካራ ኣፈራሪሑኒ",
	},
}

// Ordinary sentences that must not flag anything: complaints and wishes about the location,
// numbers that are not phone numbers or addresses ("room 12", years, dates, scores).
var ordinarySentences = map[string][]string{
	"nl": {
		"De douches zijn koud",
		"Ik wil meer voetbal",
		"Kamer 12 heeft geen licht",
		"We wonen hier al 2 jaar en in 2024 komt er een speeltuin",
		"De bus van 8 uur is altijd te laat",
		"Mogen we op 12-05-2025 een feest?",
		"Ik kan niet slapen want het is te warm",
		"Het eten is lekker maar de friet is slap",
		"We gaan weg om 3 uur naar het zwembad",
		"Mogen we langer buiten spelen in het park met 4 vrienden",
		"Wij willen een computer in de studiekamer",
		"De arme kinderen hebben geen fiets",
		"Ik wil niet meer naar die school",
		"We hebben een mes nodig om brood te smeren",
	},
	"en": {
		"I want more football",
		"Room 12 has no light",
		"We beat the other team 3-1 yesterday",
		"Can we have a computer room",
		"The food was great today",
		"I have lived here for 2 years",
		"Please fix the lamp in the hallway",
	},
	"fr": {
		"Je voudrais plus de jeux dans la salle",
		"La salle 4 est trop petite",
		"On a gagné le match hier",
		"Il faut réparer la douche",
	},
	"tr": {
		"Daha fazla futbol oynamak istiyorum",
		"Duşlar soğuk",
		"Oda 12 çok küçük",
		"Yemek çok güzeldi",
	},
	"so": {
		"Waxaan rabaa kubad cag badan",
		"Qolka 12 wuu yar yahay",
		"Cuntadu way fiicnayd maanta",
	},
	"kmr": {
		"Em dixwazin bêtir futbolê bilîzin",
		"Şûşa odeya 12 şikestî ye",
		"Xwarin îro xweş bû",
	},
	"uk": {
		"Душ холодний",
		"Я хочу більше футболу",
		"Кімната 12 дуже мала",
		"Більше ніж двоє дітей у кімнаті",
	},
	"ar": {
		"نريد المزيد من كرة القدم",
		"الحمامات باردة",
		"الغرفة 12 صغيرة جدا",
		"وهل يمكن أن نلعب في الخارج؟",
	},
	"fa": {
		"ما فوتبال بیشتری می‌خواهیم",
		"دوش‌ها سرد هستند",
		"من نقاشی میکشم و کتاب میخوانم",
		"در شهر کتابخانه هست",
		"ضربه آزاد در فوتبال",
	},
	"prs": {
		"ما فوتبال بیشتر میخواهیم",
		"اتاق ۱۲ خیلی خورد است",
	},
	"ps": {
		"موږ ډېر فوټبال غواړو",
		"خواړه ښه وو",
	},
	"ckb": {
		"ئێمە تۆپی پێی زیاترمان دەوێت",
		"ژووری ١٢ زۆر بچووکە",
	},
	"ti": {
		"ተወሳኺ ኩዕሶ እግሪ ንደሊ",
		"ክፍሊ 12 ንእሽቶ እያ",
	},
}

func TestDangerWordsFlagInEveryLanguage(t *testing.T) {
	for _, l := range i18n.Languages {
		sentences := dangerSentences[l.Code]
		if len(sentences) < 4 {
			t.Errorf("%s: want at least 4 sentences that must flag, have %d", l.Code, len(sentences))
		}
		for _, s := range sentences {
			if got := Detect(s, nil); !slices.Contains(got, FlagDanger) {
				t.Errorf("%s: %q is not flagged DANGER (flags %v)", l.Code, s, got)
			}
		}
	}
}

func TestOrdinarySentencesAreNotFlagged(t *testing.T) {
	for _, l := range i18n.Languages {
		sentences := ordinarySentences[l.Code]
		if len(sentences) < 2 {
			t.Errorf("%s: want ordinary sentences that must not flag", l.Code)
		}
		for _, s := range sentences {
			if got := Detect(s, []string{"Blue Fox", "Sam"}); len(got) != 0 {
				t.Errorf("%s: ordinary %q is flagged %v", l.Code, s, got)
			}
		}
	}
}

func TestPersonalDataFlags(t *testing.T) {
	cases := []struct {
		text string
		want Flag
	}{
		{"bel me op 06-12345678", FlagPhoneNumber},
		{"mijn nummer is 0612345678", FlagPhoneNumber},
		{"call +31 6 1234 5678", FlagPhoneNumber},
		{"whatsapp (020) 123 4567", FlagPhoneNumber},
		{"رقمي ٠٦١٢٣٤٥٦٧٨", FlagPhoneNumber},         // Arabic-Indic digits
		{"شماره من ۰۶۱۲۳۴۵۶۷۸ است", FlagPhoneNumber}, // Persian digits
		{"+252 61 5123456 waa lambarkayga", FlagPhoneNumber},
		{"mail me: sara.2011@gmail.com", FlagEmail},
		{"sara2011 at hotmail dot com", FlagEmail},
		{"ik woon op de Stationsstraat 12", FlagStreetAddress},
		{"kom naar 1234 AB", FlagStreetAddress},
		{"postcode 1234ab", FlagStreetAddress},
		{"I live at 12 Baker Street", FlagStreetAddress},
		{"j'habite 5 rue de la Paix", FlagStreetAddress},
		{"Gül Sokak No 5", FlagStreetAddress},
		{"вул. Шевченка, 5", FlagStreetAddress},
		{"شارع الحرية 12", FlagStreetAddress},
		{"خیابان آزادی پلاک ۷", FlagStreetAddress},
	}
	for _, c := range cases {
		if got := Detect(c.text, nil); !slices.Contains(got, c.want) {
			t.Errorf("%q: flags %v, want %s", c.text, got, c.want)
		}
	}
	for _, ordinary := range []string{"kamer 12", "in 2024 is het koud", "we zijn met 3 of 4", "12-05-2024", "bus 8 en bus 9", "ik ben 12 jaar"} {
		if got := Detect(ordinary, nil); len(got) != 0 {
			t.Errorf("%q: flags %v, want none", ordinary, got)
		}
	}
}

func TestPseudonymFlag(t *testing.T) {
	others := []string{"Blue Fox", "Amira", "Léa"}
	for _, text := range []string{
		"blue fox takes our ball",
		"Amira is always first in the shower",
		"AMIRA!!",
		"lea zegt dat", // accent left out
	} {
		if got := Detect(text, others); !slices.Contains(got, FlagPseudonym) {
			t.Errorf("%q: flags %v, want PSEUDONYM", text, got)
		}
	}
	for _, text := range []string{"the blue ball", "a fox in the garden", "Amiras", "amira"[:3]} {
		if got := Detect(text, others); slices.Contains(got, FlagPseudonym) {
			t.Errorf("%q is flagged PSEUDONYM", text)
		}
	}
}

func TestNormaliseFoldsKeyboardsAndScripts(t *testing.T) {
	pairs := [][2]string{
		{"ÖLDÜRMEK", "oldurmek"},
		{"İstanbul", "istanbul"},
		{"frappé", "frappe"},
		{"frappe\u0301", "frappe"}, // decomposed accent
		{"يضربني", "يضربني"},       // Arabic yeh
		{"یضربنی", "يضربني"},       // Persian yeh
		{"کتک", "كتك"},             // Persian kaf
		{"می‌ترسم", "ميترسم"},      // zero-width non-joiner
		{"ضَرَبَنِي", "ضربني"},     // vowel marks
		{"خائفة", "خايفه"},         // hamza seat, teh marbuta
		{"ـــضرب", "ضرب"},          // tatweel
		{"٠٦١٢", "0612"},           // Arabic-Indic digits
		{"дякую ʼ", "дякую '"},
	}
	for _, p := range pairs {
		if got := normalise(p[0]); got != p[1] {
			t.Errorf("normalise(%q) = %q, want %q", p[0], got, p[1])
		}
	}
}

// Every language has a word list with a machine-drafted header and both sections.
func TestWordlistsExistForEveryLanguage(t *testing.T) {
	l, err := loadWordlists()
	if err != nil {
		t.Fatal(err)
	}
	perLang := map[string]map[section]int{}
	for sec, ps := range l {
		for _, p := range ps {
			if perLang[p.lang] == nil {
				perLang[p.lang] = map[section]int{}
			}
			perLang[p.lang][sec]++
		}
	}
	for _, lang := range i18n.Languages {
		if perLang[lang.Code][sectionDanger] < 10 || perLang[lang.Code][sectionStreet] < 2 {
			t.Errorf("%s: %d danger and %d street entries", lang.Code, perLang[lang.Code][sectionDanger], perLang[lang.Code][sectionStreet])
		}
		b, err := os.ReadFile("wordlists/" + lang.Code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), "MACHINE-DRAFTED") || !strings.Contains(string(b), "native speakers") {
			t.Errorf("%s: the word list must say it is machine-drafted and needs review", lang.Code)
		}
	}
}

func TestWordlistFormatErrors(t *testing.T) {
	for _, bad := range []string{
		"slaan\n",               // before a section
		"[unknown]\nslaan\n",    // unknown section
		"[danger]\nab*\n",       // too short a word part
		"[danger]\nself-harm\n", // two words written as one
	} {
		if err := parseWordlist(strings.NewReader(bad), "nl", wordlists{}); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

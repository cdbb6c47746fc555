package signals

import (
	"slices"

	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
)

// The wellbeing check-in's question and answers in every supported language. They were drafted
// by machine, like the app's own strings (frontend/src/locales), and want a native speaker's
// review; the answers are also read aloud and shown as the app's smiley pictograms.

var checkInQuestion = map[string]string{
	"nl":  "Hoe veilig voel jij je hier?",
	"en":  "How safe do you feel here?",
	"ar":  "ما مدى شعورك بالأمان هنا؟",
	"ti":  "ኣብዚ ክሳብ ክንደይ ውሑስ ኮይኑ ይስምዓካ?",
	"fa":  "اینجا چقدر احساس امنیت می‌کنی؟",
	"prs": "این‌جا چقدر احساس امنیت می‌کنی؟",
	"ps":  "دلته ځان څومره خوندي احساسوې؟",
	"so":  "Intee in le ayaad halkan ku dareentaa ammaan?",
	"tr":  "Burada kendini ne kadar güvende hissediyorsun?",
	"kmr": "Tu li vir xwe çiqas ewle hîs dikî?",
	"ckb": "لێرە چەندە هەست بە سەلامەتی دەکەیت؟",
	"uk":  "Наскільки безпечно ти почуваєшся тут?",
	"fr":  "À quel point te sens-tu en sécurité ici ?",
}

// checkInAnswers are the five faces, from very unsafe (1) to very safe (5).
var checkInAnswers = map[string][5]string{
	"nl":  {"Heel onveilig", "Onveilig", "Gaat wel", "Veilig", "Heel veilig"},
	"en":  {"Very unsafe", "Unsafe", "So-so", "Safe", "Very safe"},
	"ar":  {"غير آمن أبدًا", "غير آمن", "عادي", "آمن", "آمن جدًا"},
	"ti":  {"ፍጹም ዘይውሑስ", "ዘይውሑስ", "ማእከላይ", "ውሑስ", "ኣዝዩ ውሑስ"},
	"fa":  {"اصلاً امن نیست", "ناامن", "معمولی", "امن", "خیلی امن"},
	"prs": {"اصلاً امن نیست", "ناامن", "معمولی", "امن", "خیلی امن"},
	"ps":  {"هېڅ خوندي نه", "ناخوندي", "منځنی", "خوندي", "ډېر خوندي"},
	"so":  {"Aad ugu aan ammaanayn", "Aan ammaanayn", "Sidaas", "Ammaan", "Aad u ammaan"},
	"tr":  {"Hiç güvende değil", "Güvende değil", "Şöyle böyle", "Güvende", "Çok güvende"},
	"kmr": {"Qet ne ewle", "Ne ewle", "Wisa wisa", "Ewle", "Pir ewle"},
	"ckb": {"هیچ سەلامەت نییە", "سەلامەت نییە", "مامناوەند", "سەلامەت", "زۆر سەلامەت"},
	"uk":  {"Зовсім небезпечно", "Небезпечно", "Так собі", "Безпечно", "Дуже безпечно"},
	"fr":  {"Pas du tout en sécurité", "Pas en sécurité", "Bof", "En sécurité", "Très en sécurité"},
}

// checkInLanguages are the languages a location's check-in is asked in: the location's own, then
// Dutch and English, each once and only those we have words for.
func checkInLanguages(locationLangs []string) []string {
	var out []string
	for _, l := range append(slices.Clone(locationLangs), "nl", "en") {
		if _, ok := checkInQuestion[l]; ok && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// checkInTexts returns the question and the five answers in langs.
func checkInTexts(langs []string) (question []schematype.Translation, answers [5][]schematype.Translation) {
	for _, l := range langs {
		question = append(question, schematype.Translation{Lang: l, Text: checkInQuestion[l]})
		for i, a := range checkInAnswers[l] {
			answers[i] = append(answers[i], schematype.Translation{Lang: l, Text: a})
		}
	}
	return question, answers
}

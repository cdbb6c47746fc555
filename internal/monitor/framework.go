package monitor

// The monitor's framework: the domains of the quality framework for child-friendly and safe
// reception that children judge themselves, each with its picture question in two age versions
// and in every language. It is Go data, versioned as a whole (FrameworkVersion): a round records
// the version it asked, so a scorecard never compares answers to different questions.
//
// How to change it: a new domain or a reworded question is a new FrameworkVersion (rounds already
// asked keep theirs); add the texts in every language of internal/i18n, marked machine-drafted in
// questionsReviewedBy until a native speaker has checked them (TestFrameworkInEveryLanguage fails
// on a missing text). The answers are the poll kind's standard answers (internal/voting/kinds.go),
// shown as its pictograms (smileys, thumbs); the app reads every text aloud with the tablet's
// speech synthesis in the child's language (frontend/src/components/speech.ts), as it does for
// every poll, so there are no recorded audio files.

import (
	"github.com/jeugdstem/jeugdstem/ent/monitorquestion"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/internal/i18n"
)

// FrameworkVersion is the version of the domains and questions below.
const FrameworkVersion = 1

// Domain keys: one per domain of the quality framework.
const (
	DomainSafety        = "SAFETY"
	DomainPrivacy       = "PRIVACY"
	DomainPlay          = "PLAY_AND_SPORT"
	DomainSchool        = "SCHOOL"
	DomainDoctor        = "DOCTOR"
	DomainUnderstanding = "UNDERSTANDING"
	DomainTrustedAdult  = "TRUSTED_ADULT"
	DomainFood          = "FOOD"
	DomainListened      = "BEING_LISTENED_TO"
	DomainMoving        = "MOVING"
)

// AgeVersion is which children a question's wording is for (the enum of MonitorQuestion).
type AgeVersion = monitorquestion.AgeVersion

// The age versions. AllAges is only the SAFETY check-in's question, asked of everyone before the
// monitor existed (its rounds were adopted as the safety domain).
const (
	Age6to11  = monitorquestion.AgeVersionAGE_6_11
	Age12to17 = monitorquestion.AgeVersionAGE_12_17
	AllAges   = monitorquestion.AgeVersionALL_AGES
)

// AgeVersions are the versions a round asks, youngest first.
var AgeVersions = []AgeVersion{Age6to11, Age12to17}

// Bands are the age bands a version's poll asks (nil: every band).
func Bands(a AgeVersion) []schematype.AgeBand {
	switch a {
	case Age6to11:
		return []schematype.AgeBand{schematype.AgeBand6to8, schematype.AgeBand9to11}
	case Age12to17:
		return []schematype.AgeBand{schematype.AgeBand12to14, schematype.AgeBand15to17}
	}
	return nil
}

// Domain is one domain of the framework and its question.
type Domain struct {
	Key string
	// Theme is the theme of the domain's polls, so the reports group them with the threads about
	// the same thing.
	Theme schematype.Theme
	// Kind is the question's poll kind: SMILEY_SCALE or YES_NO. Every question is put so that the
	// last smiley and "yes" are the good answers.
	Kind poll.Kind
	// Pictogram is the domain's picture key in the app.
	Pictogram string
	// Threshold: a domain score (0–100) below it needs attention. Drop: a fall of at least this
	// much since the round before raises a signal too.
	Threshold, Drop float64
	// Question is the question per age version and language.
	Question map[AgeVersion]map[string]string
}

// Default thresholds: 50 is the middle face ("okay") or half the children saying yes, the 3.0 of
// the SAFETY check-in on its 1–5 scale; a drop of 12.5 is its half a face.
const (
	DefaultThreshold = 50
	DefaultDrop      = 12.5
)

// Value is the score (0–100) of the answer at option position pos of a question of kind: the
// faces 1..5 are 0, 25, 50, 75, 100; "yes" (position 0) is 100 and "no" 0.
func Value(kind poll.Kind, pos int) float64 {
	if kind == poll.KindYES_NO {
		if pos == 0 {
			return 100
		}
		return 0
	}
	return 25 * float64(pos)
}

// Texts returns the domain's question for version a in every language it has, in the order of
// i18n.Languages. ALL_AGES falls back to the 12–17 wording.
func (d Domain) Texts(a AgeVersion) []schematype.Translation {
	texts, ok := d.Question[a]
	if !ok {
		texts = d.Question[Age12to17]
	}
	var out []schematype.Translation
	for _, l := range i18n.Languages {
		if t := texts[l.Code]; t != "" {
			out = append(out, schematype.Translation{Lang: l.Code, Text: t})
		}
	}
	return out
}

// Framework returns the domains, in the order scorecards show them.
func Framework() []Domain { return append([]Domain(nil), domains...) }

// DomainOf returns the domain with key, and false when there is none.
func DomainOf(key string) (Domain, bool) {
	for _, d := range domains {
		if d.Key == key {
			return d, true
		}
	}
	return Domain{}, false
}

// questionsReviewedBy names, per language, who checked the questions; a language without a name is
// machine-drafted (as the standard answers in internal/voting/kinds.go and the app's locales).
var questionsReviewedBy = map[string]string{
	"nl": "", "en": "", "ar": "", "ti": "", "fa": "", "prs": "", "ps": "", "so": "", "tr": "", "kmr": "",
	"ckb": "", "uk": "", "fr": "",
}

// MachineDrafted reports whether the questions in lang still want a native speaker's review.
func MachineDrafted(lang string) bool { return questionsReviewedBy[lang] == "" }

var domains = []Domain{
	{Key: DomainSafety, Theme: schematype.ThemeSafety, Kind: poll.KindSMILEY_SCALE, Pictogram: "shield",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Voel jij je veilig hier?", "en": "Do you feel safe here?",
				"ar": "هل تشعر بالأمان هنا؟", "ti": "ኣብዚ ውሑስ ኮይኑ ይስምዓካ ድዩ?",
				"fa": "اینجا احساس امنیت می‌کنی؟", "prs": "این‌جا احساس امنیت می‌کنی؟",
				"ps": "دلته ځان خوندي احساسوې؟", "so": "Halkan ma ku dareentaa ammaan?",
				"tr": "Burada kendini güvende hissediyor musun?", "kmr": "Tu li vir xwe ewle hîs dikî?",
				"ckb": "لێرە هەست بە سەلامەتی دەکەیت؟", "uk": "Чи почуваєшся ти тут у безпеці?",
				"fr": "Te sens-tu en sécurité ici ?",
			},
			Age12to17: {
				"nl": "Hoe veilig voel jij je hier?", "en": "How safe do you feel here?",
				"ar": "ما مدى شعورك بالأمان هنا؟", "ti": "ኣብዚ ክሳብ ክንደይ ውሑስ ኮይኑ ይስምዓካ?",
				"fa": "اینجا چقدر احساس امنیت می‌کنی؟", "prs": "این‌جا چقدر احساس امنیت می‌کنی؟",
				"ps": "دلته ځان څومره خوندي احساسوې؟", "so": "Intee in le ayaad halkan ku dareentaa ammaan?",
				"tr": "Burada kendini ne kadar güvende hissediyorsun?", "kmr": "Tu li vir xwe çiqas ewle hîs dikî?",
				"ckb": "لێرە چەندە هەست بە سەلامەتی دەکەیت؟", "uk": "Наскільки безпечно ти почуваєшся тут?",
				"fr": "À quel point te sens-tu en sécurité ici ?",
			},
		}},
	{Key: DomainPrivacy, Theme: schematype.ThemePrivacy, Kind: poll.KindYES_NO, Pictogram: "key",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Heb jij hier een plekje voor jezelf?", "en": "Do you have a place of your own here?",
				"ar": "هل لديك مكان خاص بك هنا؟", "ti": "ኣብዚ ናትካ ቦታ ኣለካ ድዩ?",
				"fa": "اینجا جایی برای خودت داری؟", "prs": "این‌جا جایی از خودت داری؟",
				"ps": "دلته ستا خپل ځای شته؟", "so": "Halkan ma leedahay meel adiga kuu gaar ah?",
				"tr": "Burada sana ait bir yerin var mı?", "kmr": "Li vir cihekî te yê taybet heye?",
				"ckb": "لێرە شوێنێکی تایبەت بە خۆتت هەیە؟", "uk": "Чи є в тебе тут своє місце?",
				"fr": "As-tu ici un endroit à toi ?",
			},
			Age12to17: {
				"nl":  "Heb je hier genoeg privacy: een eigen plek waar je alleen kunt zijn?",
				"en":  "Do you have enough privacy here: a place of your own where you can be alone?",
				"ar":  "هل لديك خصوصية كافية هنا: مكان خاص بك يمكنك أن تكون فيه وحدك؟",
				"ti":  "ኣብዚ እኹል ውልቃዊ ምስጢር ኣለካ ድዩ፡ በይንኻ ክትኸውን እትኽእል ናትካ ቦታ?",
				"fa":  "اینجا حریم خصوصی کافی داری: جایی برای خودت که بتوانی تنها باشی؟",
				"prs": "این‌جا حریم خصوصی کافی داری: جایی از خودت که بتوانی تنها باشی؟",
				"ps":  "دلته کافي شخصي حریم لرې: خپل ځای چې یوازې پکې اوسېدای شې؟",
				"so":  "Halkan ma haysataa sir ku filan: meel adiga kuu gaar ah oo aad kaligaa joogi karto?",
				"tr":  "Burada yeterince mahremiyetin var mı: yalnız kalabileceğin sana ait bir yer?",
				"kmr": "Li vir têra xwe nepeniya te heye: cihekî te yê taybet ku tu dikarî bi tenê bî?",
				"ckb": "لێرە تایبەتمەندیی تەواوت هەیە: شوێنێکی خۆت کە بتوانیت تێیدا بە تەنیا بیت؟",
				"uk":  "Чи маєш ти тут достатньо приватності: своє місце, де можна побути на самоті?",
				"fr":  "As-tu assez d'intimité ici : un endroit à toi où tu peux être seul·e ?",
			},
		}},
	{Key: DomainPlay, Theme: schematype.ThemePlayActivities, Kind: poll.KindSMILEY_SCALE, Pictogram: "ball",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Hoe vind jij de plekken om te spelen en te sporten?", "en": "How do you like the places to play and do sport?",
				"ar": "ما رأيك في أماكن اللعب والرياضة؟", "ti": "ቦታታት ጸወታን ስፖርትን ከመይ ይመስለካ?",
				"fa": "جاهای بازی و ورزش را چطور دوست داری؟", "prs": "جاهای بازی و ورزش را چطور می‌بینی؟",
				"ps": "د لوبو او سپورت ځایونه دې څنګه خوښ دي؟", "so": "Sidee u jeceshahay meelaha lagu ciyaaro iyo isboortiga?",
				"tr": "Oyun ve spor yerlerini nasıl buluyorsun?", "kmr": "Cihên lîstik û werzişê bi te çawa ne?",
				"ckb": "شوێنەکانی یاری و وەرزش چۆن دەبینیت؟", "uk": "Як тобі місця для ігор і спорту?",
				"fr": "Comment trouves-tu les endroits pour jouer et faire du sport ?",
			},
			Age12to17: {
				"nl": "Wat vind je van de ruimte voor sport en vrije tijd hier?", "en": "What do you think of the space for sport and free time here?",
				"ar": "ما رأيك في المساحة المخصصة للرياضة ووقت الفراغ هنا؟", "ti": "ኣብዚ ዘሎ ቦታ ስፖርትን ናጻ ግዜን እንታይ ይመስለካ?",
				"fa": "نظرت درباره فضای ورزش و اوقات فراغت اینجا چیست؟", "prs": "نظرت در مورد جای ورزش و وقت آزاد این‌جا چیست؟",
				"ps": "دلته د سپورت او وزګار وخت د ځای په اړه څه فکر کوې؟", "so": "Maxaad ka qabtaa meesha isboortiga iyo waqtiga firaaqada ee halkan?",
				"tr": "Buradaki spor ve boş zaman alanı hakkında ne düşünüyorsun?", "kmr": "Tu li ser cihê werzişê û dema vala ya li vir çi difikirî?",
				"ckb": "بیرت چییە دەربارەی شوێنی وەرزش و کاتی بەتاڵ لێرە؟", "uk": "Що ти думаєш про місце для спорту та дозвілля тут?",
				"fr": "Que penses-tu de l'espace pour le sport et les loisirs ici ?",
			},
		}},
	{Key: DomainSchool, Theme: schematype.ThemeEducation, Kind: poll.KindYES_NO, Pictogram: "school",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Ga jij naar school?", "en": "Do you go to school?",
				"ar": "هل تذهب إلى المدرسة؟", "ti": "ናብ ቤት ትምህርቲ ትኸይድ ዶ?",
				"fa": "به مدرسه می‌روی؟", "prs": "به مکتب می‌روی؟",
				"ps": "ښوونځي ته ځې؟", "so": "Dugsiga ma aadaa?",
				"tr": "Okula gidiyor musun?", "kmr": "Tu diçî dibistanê?",
				"ckb": "دەچیتە قوتابخانە؟", "uk": "Чи ходиш ти до школи?",
				"fr": "Vas-tu à l'école ?",
			},
			Age12to17: {
				"nl": "Ga je elke week naar school of een opleiding?", "en": "Do you go to school or a course every week?",
				"ar": "هل تذهب إلى المدرسة أو إلى دورة تعليمية كل أسبوع؟", "ti": "ኩሉ ሰሙን ናብ ቤት ትምህርቲ ወይ ትምህርታዊ ኮርስ ትኸይድ ዶ?",
				"fa": "هر هفته به مدرسه یا دوره آموزشی می‌روی؟", "prs": "هر هفته به مکتب یا کورس می‌روی؟",
				"ps": "هره اونۍ ښوونځي یا کورس ته ځې؟", "so": "Toddobaad kasta ma aadaa dugsi ama koorso?",
				"tr": "Her hafta okula ya da bir kursa gidiyor musun?", "kmr": "Tu her hefte diçî dibistanê an kursekê?",
				"ckb": "هەموو هەفتەیەک دەچیتە قوتابخانە یان خولێک؟", "uk": "Чи ходиш ти щотижня до школи або на курси?",
				"fr": "Vas-tu chaque semaine à l'école ou en formation ?",
			},
		}},
	{Key: DomainDoctor, Theme: schematype.ThemeHealthWellbeing, Kind: poll.KindYES_NO, Pictogram: "doctor",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Als je ziek bent, mag je dan naar een dokter?", "en": "When you are ill, can you see a doctor?",
				"ar": "عندما تمرض، هل يمكنك أن ترى طبيبًا؟", "ti": "ክትሓምም ከለኻ ሓኪም ክትርኢ ትኽእል ዶ?",
				"fa": "وقتی مریض می‌شوی، می‌توانی پیش دکتر بروی؟", "prs": "وقتی مریض می‌شوی، می‌توانی پیش داکتر بروی؟",
				"ps": "کله چې ناروغ شې، ډاکټر ته تللای شې؟", "so": "Markaad jirato, ma arki kartaa dhakhtar?",
				"tr": "Hasta olduğunda doktora gidebiliyor musun?", "kmr": "Dema tu nexweş dibî, tu dikarî biçî cem doktor?",
				"ckb": "کاتێک نەخۆش دەبیت، دەتوانیت بچیتە لای دکتۆر؟", "uk": "Коли ти хворієш, чи можеш ти піти до лікаря?",
				"fr": "Quand tu es malade, peux-tu voir un médecin ?",
			},
			Age12to17: {
				"nl": "Als je ziek bent, kun je dan snel een dokter of verpleegkundige spreken?",
				"en": "When you are ill, can you quickly see a doctor or nurse?",
				"ar": "عندما تمرض، هل يمكنك رؤية طبيب أو ممرض بسرعة؟", "ti": "ክትሓምም ከለኻ ቀልጢፍካ ሓኪም ወይ ነርስ ክትርኢ ትኽእል ዶ?",
				"fa": "وقتی مریض می‌شوی، می‌توانی زود دکتر یا پرستار را ببینی؟", "prs": "وقتی مریض می‌شوی، می‌توانی زود داکتر یا نرس را ببینی؟",
				"ps": "کله چې ناروغ شې، ژر ډاکټر یا نرس لیدلای شې؟", "so": "Markaad jirato, si degdeg ah ma u arki kartaa dhakhtar ama kalkaaliye?",
				"tr": "Hasta olduğunda hemen bir doktor ya da hemşire görebiliyor musun?", "kmr": "Dema tu nexweş dibî, tu dikarî zû doktor an hemşîreyekê bibînî?",
				"ckb": "کاتێک نەخۆش دەبیت، دەتوانیت بە خێرایی دکتۆر یان پەرستار ببینیت؟", "uk": "Коли ти хворієш, чи можеш ти швидко потрапити до лікаря чи медсестри?",
				"fr": "Quand tu es malade, peux-tu voir vite un médecin ou une infirmière ?",
			},
		}},
	{Key: DomainUnderstanding, Theme: schematype.ThemeInformationParticipation, Kind: poll.KindYES_NO, Pictogram: "speech",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Leggen grote mensen je uit wat er gaat gebeuren, in jouw taal?", "en": "Do grown-ups explain what will happen to you, in your language?",
				"ar": "هل يشرح لك الكبار ما سيحدث لك، بلغتك؟", "ti": "ዓበይቲ ሰባት እንታይ ከጋጥመካ ምዃኑ ብቛንቛኻ ይገልጹልካ ዶ?",
				"fa": "آیا بزرگ‌ترها به زبان خودت توضیح می‌دهند چه اتفاقی برایت می‌افتد؟", "prs": "آیا کلان‌ها به زبان خودت توضیح می‌دهند چه برایت پیش می‌آید؟",
				"ps": "ایا لویان تا ته ستا په ژبه وايي چې څه به درسره کېږي؟", "so": "Dadka waaweyn ma kuu sharxaan waxa kugu dhici doona, luqaddaada?",
				"tr": "Büyükler sana ne olacağını kendi dilinde anlatıyor mu?", "kmr": "Mezin bi zimanê te ji te re dibêjin ka dê çi bi te bê?",
				"ckb": "ئایا گەورەکان بە زمانی خۆت بۆت ڕوون دەکەنەوە چی بەسەرت دێت؟", "uk": "Чи пояснюють тобі дорослі твоєю мовою, що з тобою буде?",
				"fr": "Les adultes t'expliquent-ils dans ta langue ce qui va t'arriver ?",
			},
			Age12to17: {
				"nl": "Begrijp je wat er met jou en je procedure gebeurt, uitgelegd in jouw taal?",
				"en": "Do you understand what happens to you and your procedure, explained in your language?",
				"ar": "هل تفهم ما يحدث لك ولإجراءاتك، مشروحًا بلغتك؟", "ti": "ብቛንቛኻ ተገሊጹልካ፡ ምሳኻን ምስ መስርሕካን እንታይ ይኸውን ከም ዘሎ ትርድኦ ዶ?",
				"fa": "می‌فهمی چه اتفاقی برای تو و پرونده‌ات می‌افتد، به زبان خودت توضیح داده شده؟", "prs": "می‌فهمی چه برای تو و پروسه‌ات پیش می‌آید، به زبان خودت توضیح داده شده؟",
				"ps": "ایا پوهېږې چې له تا او ستا له پروسې سره څه کېږي، ستا په ژبه تشریح شوي؟", "so": "Ma fahamsan tahay waxa kugu dhacaya iyo habraacaaga, oo luqaddaada laguugu sharxay?",
				"tr": "Sana ve başvuru sürecine ne olduğunu, kendi dilinde anlatıldığı şekilde anlıyor musun?", "kmr": "Tu fêm dikî ka çi bi te û bi prosedûra te tê, bi zimanê te hatiye ravekirin?",
				"ckb": "تێدەگەیت چی بەسەر خۆت و پرۆسەکەت دێت، کە بە زمانی خۆت ڕوون کراوەتەوە؟", "uk": "Чи розумієш ти, що відбувається з тобою і твоєю процедурою, поясненою твоєю мовою?",
				"fr": "Comprends-tu ce qui t'arrive et où en est ta procédure, expliqué dans ta langue ?",
			},
		}},
	{Key: DomainTrustedAdult, Theme: schematype.ThemeTrustedAdult, Kind: poll.KindYES_NO, Pictogram: "adult",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Is hier een grote mens met wie je kunt praten als je verdrietig of bang bent?", "en": "Is there a grown-up here you can talk to when you are sad or scared?",
				"ar": "هل يوجد هنا شخص كبير يمكنك التحدث معه عندما تكون حزينًا أو خائفًا؟", "ti": "ክትጉሂ ወይ ክትፈርህ ከለኻ ክትዛረቦ እትኽእል ዓቢ ሰብ ኣብዚ ኣሎ ዶ?",
				"fa": "اینجا بزرگ‌تری هست که وقتی غمگین یا ترسیده‌ای با او حرف بزنی؟", "prs": "این‌جا کلانی هست که وقتی غمگین یا ترسیده‌ای با او گپ بزنی؟",
				"ps": "دلته کوم لوی سړی شته چې کله خفه یا ډارېږې ورسره خبرې وکړې؟", "so": "Halkan ma joogaa qof weyn oo aad la hadli karto markaad murugaysan tahay ama baqdo?",
				"tr": "Burada üzgün ya da korkmuş olduğunda konuşabileceğin bir büyük var mı?", "kmr": "Li vir mezinek heye ku tu dikarî dema xemgîn an tirsiyayî bî pê re biaxivî?",
				"ckb": "لێرە کەسێکی گەورە هەیە کە کاتێک خەمبار یان ترساویت قسەی لەگەڵ بکەیت؟", "uk": "Чи є тут дорослий, з яким можна поговорити, коли тобі сумно чи страшно?",
				"fr": "Y a-t-il ici un adulte à qui parler quand tu es triste ou que tu as peur ?",
			},
			Age12to17: {
				"nl": "Is er hier een volwassene die je vertrouwt en met wie je kunt praten?", "en": "Is there an adult here you trust and can talk to?",
				"ar": "هل يوجد هنا شخص بالغ تثق به ويمكنك التحدث معه؟", "ti": "ኣብዚ እትኣምኖን ክትዛረቦ እትኽእልን ዓቢ ሰብ ኣሎ ዶ?",
				"fa": "اینجا بزرگسالی هست که به او اعتماد داری و می‌توانی با او حرف بزنی؟", "prs": "این‌جا بزرگسالی هست که به او اعتماد داری و می‌توانی با او گپ بزنی؟",
				"ps": "دلته کوم لوی سړی شته چې باور پرې لرې او خبرې ورسره کولای شې؟", "so": "Halkan ma joogaa qof weyn oo aad aaminto oo aad la hadli karto?",
				"tr": "Burada güvendiğin ve konuşabileceğin bir yetişkin var mı?", "kmr": "Li vir mezinek heye ku tu jê bawer dikî û dikarî pê re biaxivî?",
				"ckb": "لێرە کەسێکی گەورە هەیە کە متمانەت پێی هەبێت و بتوانیت قسەی لەگەڵ بکەیت؟", "uk": "Чи є тут дорослий, якому ти довіряєш і з яким можеш поговорити?",
				"fr": "Y a-t-il ici un adulte en qui tu as confiance et à qui tu peux parler ?",
			},
		}},
	{Key: DomainFood, Theme: schematype.ThemeFood, Kind: poll.KindSMILEY_SCALE, Pictogram: "food",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Hoe vind jij het eten hier?", "en": "How do you like the food here?",
				"ar": "ما رأيك في الطعام هنا؟", "ti": "ኣብዚ ዘሎ መግቢ ከመይ ይመስለካ?",
				"fa": "غذای اینجا را چطور دوست داری؟", "prs": "غذای این‌جا را چطور می‌بینی؟",
				"ps": "دلته خواړه دې څنګه خوښ دي؟", "so": "Sidee u jeceshahay cuntada halkan?",
				"tr": "Buradaki yemekleri nasıl buluyorsun?", "kmr": "Xwarina li vir bi te çawa ye?",
				"ckb": "خواردنی ئێرە چۆن دەبینیت؟", "uk": "Як тобі тутешня їжа?",
				"fr": "Comment trouves-tu la nourriture ici ?",
			},
			Age12to17: {
				"nl": "Wat vind je van het eten hier: genoeg, lekker en gezond?", "en": "What do you think of the food here: enough, tasty and healthy?",
				"ar": "ما رأيك في الطعام هنا: كافٍ ولذيذ وصحي؟", "ti": "ኣብዚ ዘሎ መግቢ እንታይ ይመስለካ፡ እኹል፡ ጥዑምን ጥዕናውን ድዩ?",
				"fa": "نظرت درباره غذای اینجا چیست: کافی، خوشمزه و سالم؟", "prs": "نظرت در مورد غذای این‌جا چیست: کافی، مزه‌دار و صحی؟",
				"ps": "د دې ځای د خوړو په اړه څه فکر کوې: بس، خوندور او روغ؟", "so": "Maxaad ka qabtaa cuntada halkan: ku filan, macaan oo caafimaad leh?",
				"tr": "Buradaki yemekler hakkında ne düşünüyorsun: yeterli, lezzetli ve sağlıklı mı?", "kmr": "Tu li ser xwarina li vir çi difikirî: têr, xweş û tendurist?",
				"ckb": "بیرت چییە دەربارەی خواردنی ئێرە: بەس، بەتام و تەندروست؟", "uk": "Що ти думаєш про їжу тут: чи її досить, чи вона смачна й корисна?",
				"fr": "Que penses-tu de la nourriture ici : suffisante, bonne et saine ?",
			},
		}},
	{Key: DomainListened, Theme: schematype.ThemeInformationParticipation, Kind: poll.KindSMILEY_SCALE, Pictogram: "ear",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Hoe goed luisteren de grote mensen hier naar jou?", "en": "How well do the grown-ups here listen to you?",
				"ar": "إلى أي حد يستمع إليك الكبار هنا؟", "ti": "ኣብዚ ዘለዉ ዓበይቲ ሰባት ክሳብ ክንደይ ይሰምዑኻ?",
				"fa": "بزرگ‌ترهای اینجا چقدر به حرفت گوش می‌دهند؟", "prs": "کلان‌های این‌جا چقدر به گپت گوش می‌دهند؟",
				"ps": "دلته لویان څومره ستا خبرو ته غوږ نیسي؟", "so": "Intee in le ayay dadka waaweyn ee halkan kuu dhegaystaan?",
				"tr": "Buradaki büyükler seni ne kadar dinliyor?", "kmr": "Mezinên li vir çiqas guh didin te?",
				"ckb": "گەورەکانی ئێرە چەندە گوێت لێ دەگرن؟", "uk": "Наскільки добре дорослі тут тебе слухають?",
				"fr": "Les adultes d'ici t'écoutent-ils bien ?",
			},
			Age12to17: {
				"nl": "Hoe serieus nemen de volwassenen hier jouw mening?", "en": "How seriously do the adults here take your opinion?",
				"ar": "إلى أي حد يأخذ البالغون هنا رأيك على محمل الجد؟", "ti": "ኣብዚ ዘለዉ ዓበይቲ ሰባት ርእይቶኻ ክሳብ ክንደይ ኣትኪሮም ይሰምዕዎ?",
				"fa": "بزرگسالان اینجا چقدر نظر تو را جدی می‌گیرند؟", "prs": "بزرگسالان این‌جا چقدر نظر تو را جدی می‌گیرند؟",
				"ps": "دلته لوی خلک ستا نظر څومره جدي نیسي؟", "so": "Intee in le ayay dadka waaweyn ee halkan u qaataan fikradaada si dhab ah?",
				"tr": "Buradaki yetişkinler fikrini ne kadar ciddiye alıyor?", "kmr": "Mezinên li vir çiqas nêrîna te bi ciddî digirin?",
				"ckb": "گەورەکانی ئێرە چەندە ڕاکەت بە جددی وەردەگرن؟", "uk": "Наскільки серйозно дорослі тут ставляться до твоєї думки?",
				"fr": "Les adultes d'ici prennent-ils ton avis au sérieux ?",
			},
		}},
	{Key: DomainMoving, Theme: schematype.ThemeStability, Kind: poll.KindYES_NO, Pictogram: "house",
		Threshold: DefaultThreshold, Drop: DefaultDrop, Question: map[AgeVersion]map[string]string{
			Age6to11: {
				"nl": "Wist je het op tijd voordat je hierheen verhuisde?", "en": "Were you told in time before you moved here?",
				"ar": "هل أُخبرت في الوقت المناسب قبل انتقالك إلى هنا؟", "ti": "ናብዚ ቅድሚ ምግዓዝካ ብግዜኡ ተነጊሩካ ዶ?",
				"fa": "قبل از اینکه به اینجا بیایی، به موقع به تو گفتند؟", "prs": "پیش از این‌که به این‌جا بیایی، به وقتش برایت گفتند؟",
				"ps": "مخکې له دې چې دلته راشې، په وخت درته ویل شوي وو؟", "so": "Ma laguu sheegay waqti ku filan ka hor intaadan halkan u soo guurin?",
				"tr": "Buraya taşınmadan önce sana zamanında söylendi mi?", "kmr": "Berî ku tu bar bikî vir, di wextê xwe de ji te re hat gotin?",
				"ckb": "پێش ئەوەی بگوازیتەوە بۆ ئێرە، لە کاتی خۆیدا پێت گوترا؟", "uk": "Чи сказали тобі вчасно, перш ніж ти переїхав(ла) сюди?",
				"fr": "T'a-t-on prévenu·e à temps avant de déménager ici ?",
			},
			Age12to17: {
				"nl": "Werd je minstens een week van tevoren verteld dat je hierheen zou verhuizen?", "en": "Were you told at least a week before that you would move here?",
				"ar": "هل أُخبرت قبل أسبوع على الأقل بأنك ستنتقل إلى هنا؟", "ti": "ናብዚ ከም እትግዕዝ እንተወሓደ ቅድሚ ሓደ ሰሙን ተነጊሩካ ዶ?",
				"fa": "دست‌کم یک هفته قبل به تو گفتند که به اینجا منتقل می‌شوی؟", "prs": "دست‌کم یک هفته پیش برایت گفتند که به این‌جا انتقال می‌شوی؟",
				"ps": "لږ تر لږه یوه اونۍ مخکې درته ویل شوي وو چې دلته به راځې؟", "so": "Ma laguu sheegay ugu yaraan toddobaad ka hor inaad halkan u guuri doonto?",
				"tr": "Buraya taşınacağın sana en az bir hafta önceden söylendi mi?", "kmr": "Herî kêm hefteyek berê ji te re hat gotin ku tu yê bar bikî vir?",
				"ckb": "لانیکەم هەفتەیەک پێشتر پێت گوترا کە دەگوازیتەوە بۆ ئێرە؟", "uk": "Чи сказали тобі щонайменше за тиждень, що ти переїдеш сюди?",
				"fr": "T'a-t-on dit au moins une semaine avant que tu allais déménager ici ?",
			},
		}},
}

// Info is the framework as the API shows it (monitorFramework).
type Info struct {
	Version int `json:"version"`
	// MachineDrafted are the languages whose questions want a native speaker's review.
	MachineDrafted []string     `json:"machineDrafted"`
	Domains        []DomainInfo `json:"domains"`
}

// DomainInfo is one domain as the API shows it.
type DomainInfo struct {
	Key       string           `json:"key"`
	Theme     schematype.Theme `json:"theme"`
	Kind      poll.Kind        `json:"kind"`
	Pictogram string           `json:"pictogram"`
	Threshold float64          `json:"threshold"`
	Drop      float64          `json:"drop"`
	Questions []QuestionInfo   `json:"questions"`
	Answers   []AnswerInfo     `json:"answers"`
}

// QuestionInfo is a domain's question in one age version.
type QuestionInfo struct {
	AgeVersion AgeVersion               `json:"ageVersion"`
	AgeBands   []schematype.AgeBand     `json:"ageBands"`
	Text       []schematype.Translation `json:"text"`
}

// AnswerInfo is one answer: the kind's standard answer, its picture and its score.
type AnswerInfo struct {
	Pictogram string                   `json:"pictogram"`
	Value     float64                  `json:"value"`
	Label     []schematype.Translation `json:"label"`
}

// Describe returns the framework for the API, with the answers from the poll kinds' standard
// answers (standard gives them per kind).
func Describe(standard func(poll.Kind) []AnswerInfo) Info {
	out := Info{Version: FrameworkVersion, MachineDrafted: []string{}}
	for _, l := range i18n.Languages {
		if MachineDrafted(l.Code) {
			out.MachineDrafted = append(out.MachineDrafted, l.Code)
		}
	}
	for _, d := range domains {
		di := DomainInfo{Key: d.Key, Theme: d.Theme, Kind: d.Kind, Pictogram: d.Pictogram, Threshold: d.Threshold,
			Drop: d.Drop, Answers: standard(d.Kind)}
		for _, a := range AgeVersions {
			di.Questions = append(di.Questions, QuestionInfo{AgeVersion: a, AgeBands: Bands(a), Text: d.Texts(a)})
		}
		out.Domains = append(out.Domains, di)
	}
	return out
}

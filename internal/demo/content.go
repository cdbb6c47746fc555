package demo

import (
	"github.com/jeugdstem/jeugdstem/ent/area"
	"github.com/jeugdstem/jeugdstem/ent/council"
	"github.com/jeugdstem/jeugdstem/ent/feedbackpost"
	"github.com/jeugdstem/jeugdstem/ent/feedbackthread"
	"github.com/jeugdstem/jeugdstem/ent/location"
	"github.com/jeugdstem/jeugdstem/ent/poll"
	"github.com/jeugdstem/jeugdstem/ent/schema/schematype"
	"github.com/jeugdstem/jeugdstem/ent/staffuser"
	"github.com/jeugdstem/jeugdstem/ent/threadresponse"
)

// This file is the demo's content as data: every place, person and text is fictional. Seed turns it
// into rows; change the story here, not in seed.go. Times are given in days before the seed, so the
// demo always looks recent and report periods ("last 30 days") find it.

// tr builds translations from lang, text pairs.
func tr(pairs ...string) []schematype.Translation {
	if len(pairs)%2 != 0 {
		panic("demo: tr needs lang, text pairs")
	}
	out := make([]schematype.Translation, 0, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, schematype.Translation{Lang: pairs[i], Text: pairs[i+1]})
	}
	return out
}

type locationSpec struct {
	key            string
	name           string
	kind           location.Kind
	municipality   string
	childrenHoused int
	languages      []string
	areas          []areaSpec
	councils       []councilSpec
	members        []memberSpec
	tabletName     string
	// facilitatedBy is the staff key of who enrolled the tablet and created the polls.
	facilitatedBy string
	polls         []pollSpec
	threads       []threadSpec
	announcements []announcementSpec
}

type areaSpec struct {
	key  string
	kind area.Kind
	name []schematype.Translation
}

type councilSpec struct {
	key      string
	name     string
	ageGroup council.AgeGroup
}

type memberSpec struct {
	pseudonym     string
	avatar        string
	ageBand       schematype.AgeBand
	language      string
	unaccompanied bool
	council       string // council key
	chair         bool
}

type staffSpec struct {
	key         string
	email       string
	displayName string
	role        staffuser.Role
	locations   []string // location keys
}

type optionSpec struct {
	label     []schematype.Translation
	pictogram string
}

// voteSpec is one member's ballot: option indexes into pollSpec.options. For RANKING polls the
// order is the ranking (first = rank 1) and must name every option once.
type voteSpec struct {
	member  string // pseudonym
	options []int
}

type pollSpec struct {
	scope       poll.Scope
	council     string // council key, for COUNCIL scope
	kind        poll.Kind
	theme       schematype.Theme
	question    []schematype.Translation
	description []schematype.Translation
	maxChoices  int // MULTIPLE_CHOICE only
	status      poll.Status
	options     []optionSpec
	votes       []voteSpec // only for CLOSED and PUBLISHED polls
	// checkIn makes the poll a round of the location's wellbeing check-in (internal/signals), in
	// the order of the list: the scheduler then goes on from it instead of asking beside it.
	checkIn bool
	// days before the seed; 0 means not set. closesIn is days after the seed, for OPEN polls.
	createdDaysAgo, openedDaysAgo, closedDaysAgo, publishedDaysAgo, closesIn int
}

type postSpec struct {
	author       string // pseudonym
	body         string
	language     string
	state        feedbackpost.ModerationState
	rejectReason feedbackpost.RejectReason // for REJECTED
	note         string                    // the moderator's note on the decision
	daysAgo      int
	moderatedIn  int // hours after the post, for decided posts
}

type responseSpec struct {
	body         []schematype.Translation
	status       threadresponse.Status
	daysAgo      int
	commitInDays int // commitment date, days after the seed
}

type threadSpec struct {
	area       string // area key; empty for none
	theme      schematype.Theme
	title      string
	posts      []postSpec // the first post's author started the thread
	supporters []string   // pseudonyms saying "me too"
	response   *responseSpec
}

type announcementSpec struct {
	title, body       []schematype.Translation
	publishedDaysAgo  int
	expiresInDays     int
	createdByStaffKey string
}

// Staff keys.
const (
	staffAdmin        = "admin"
	staffManager      = "manager"
	staffFacilitator  = "facilitator"
	staffModerator    = "moderator"
	staffSafeguarding = "safeguarding"
	staffPartner      = "partner"
)

// The moderator decides posts; the manager answers threads.
const (
	moderatorKey = staffModerator
	responderKey = staffManager
)

const (
	locRivierenland = "rivierenland"
	locSporthal     = "sporthal"
)

var demoStaff = []staffSpec{
	{staffAdmin, "admin@demo.jeugdstem.test", "Demo Admin (national)", staffuser.RoleNATIONAL_ADMIN, nil},
	{staffManager, "manager@demo.jeugdstem.test", "Demo Manager", staffuser.RoleLOCATION_MANAGER, []string{locRivierenland, locSporthal}},
	{staffFacilitator, "facilitator@demo.jeugdstem.test", "Demo Facilitator", staffuser.RoleFACILITATOR, []string{locRivierenland}},
	{staffModerator, "moderator@demo.jeugdstem.test", "Demo Moderator", staffuser.RoleMODERATOR, []string{locRivierenland}},
	{staffSafeguarding, "safeguarding@demo.jeugdstem.test", "Demo Safeguarding Officer", staffuser.RoleSAFEGUARDING_OFFICER, []string{locRivierenland}},
	{staffPartner, "partner@demo.jeugdstem.test", "Demo Partner", staffuser.RolePARTNER, []string{locRivierenland}},
}

// Option sets shared by several polls.
func smileyOptions() []optionSpec {
	opts := make([]optionSpec, 5)
	for i := range opts {
		n := string(rune('1' + i))
		opts[i] = optionSpec{label: tr("nl", n, "en", n, "ar", n, "uk", n), pictogram: "smiley-" + n}
	}
	return opts
}

func yesNoOptions() []optionSpec {
	return []optionSpec{
		{tr("nl", "Ja", "en", "Yes", "ar", "نعم", "uk", "Так"), "thumbs-up"},
		{tr("nl", "Nee", "en", "No", "ar", "لا", "uk", "Ні"), "thumbs-down"},
	}
}

var (
	safeQuestion = tr(
		"nl", "Hoe veilig voel jij je hier?",
		"en", "How safe do you feel here?",
		"ar", "ما مدى شعورك بالأمان هنا؟",
		"uk", "Наскільки безпечно ти почуваєшся тут?",
	)
	secretVoteNote = tr(
		"nl", "Er is geen goed of fout antwoord. Niemand kan zien wat jij kiest.",
		"en", "There is no right or wrong answer. Nobody can see what you choose.",
		"ar", "لا توجد إجابة صحيحة أو خاطئة. لا أحد يستطيع أن يرى ما تختاره.",
		"uk", "Немає правильної чи неправильної відповіді. Ніхто не бачить, що ти обираєш.",
	)
)

var demoLocations = []locationSpec{
	{
		key:            locRivierenland,
		name:           "AZC Demo Rivierenland",
		kind:           location.KindREGULAR,
		municipality:   "Demodorp",
		childrenHoused: 85,
		languages:      []string{"ar", "ti", "fa", "nl"},
		areas: []areaSpec{
			{"play", area.KindPLAY, tr("nl", "Speelkamer", "en", "Play room", "ar", "غرفة اللعب")},
			{"study", area.KindSTUDY, tr("nl", "Huiswerkkamer", "en", "Study room", "ar", "غرفة الدراسة")},
			{"playground", area.KindOUTDOOR, tr("nl", "Speeltuin", "en", "Playground", "ar", "ساحة اللعب")},
			{"showers", area.KindSANITARY, tr("nl", "Douches blok B", "en", "Showers block B", "ar", "الحمامات في المبنى B")},
			{"kitchen", area.KindKITCHEN, tr("nl", "Gezamenlijke keuken", "en", "Shared kitchen", "ar", "المطبخ المشترك")},
		},
		councils: []councilSpec{
			{"children", "Kinderraad Rivierenland", council.AgeGroupCHILDREN},
			{"teens", "Jongerenraad Rivierenland", council.AgeGroupTEENS},
		},
		members: []memberSpec{
			{"Blue Fox", "fox", schematype.AgeBand6to8, "ar", false, "children", false},
			{"Green Owl", "owl", schematype.AgeBand9to11, "fa", false, "children", true},
			{"Orange Cat", "cat", schematype.AgeBand9to11, "ar", false, "children", false},
			{"Yellow Bee", "bee", schematype.AgeBand6to8, "nl", false, "children", false},
			{"Red Lion", "lion", schematype.AgeBand12to14, "ti", false, "teens", false},
			{"Purple Turtle", "turtle", schematype.AgeBand15to17, "ti", true, "teens", true},
			{"Silver Fish", "fish", schematype.AgeBand12to14, "fa", false, "teens", false},
			{"Pink Bird", "bird", schematype.AgeBand15to17, "ar", false, "teens", false},
		},
		tabletName:    "Tablet speelkamer",
		facilitatedBy: staffFacilitator,
		polls: []pollSpec{
			{
				// Enough voters that one option reaches k = 5 and the others stay below it.
				scope: poll.ScopeLOCATION, kind: poll.KindSMILEY_SCALE, theme: schematype.ThemeSafety,
				question: safeQuestion, description: secretVoteNote, checkIn: true,
				status: poll.StatusPUBLISHED, options: smileyOptions(),
				votes: []voteSpec{
					{"Blue Fox", []int{3}}, {"Green Owl", []int{3}}, {"Orange Cat", []int{4}},
					{"Yellow Bee", []int{3}}, {"Red Lion", []int{2}}, {"Purple Turtle", []int{3}},
					{"Silver Fish", []int{4}}, {"Pink Bird", []int{3}},
				},
				createdDaysAgo: 24, openedDaysAgo: 21, closedDaysAgo: 14, publishedDaysAgo: 12,
			},
			{
				scope: poll.ScopeCOUNCIL, council: "teens", kind: poll.KindYES_NO, theme: schematype.ThemePlayActivities,
				question: tr(
					"nl", "Mag de speelkamer in het weekend open blijven tot 20:00?",
					"en", "Should the play room stay open until 20:00 at the weekend?",
					"ar", "هل يجب أن تبقى غرفة اللعب مفتوحة حتى الساعة 20:00 في عطلة نهاية الأسبوع؟",
				),
				status: poll.StatusCLOSED, options: yesNoOptions(),
				votes: []voteSpec{
					{"Red Lion", []int{0}}, {"Purple Turtle", []int{0}}, {"Silver Fish", []int{1}}, {"Pink Bird", []int{0}},
				},
				createdDaysAgo: 8, openedDaysAgo: 7, closedDaysAgo: 1,
			},
			{
				scope: poll.ScopeLOCATION, kind: poll.KindSINGLE_CHOICE, theme: schematype.ThemeFood,
				question: tr(
					"nl", "Wat koken we vrijdag samen?",
					"en", "What shall we cook together on Friday?",
					"ar", "ماذا نطبخ معًا يوم الجمعة؟",
				),
				status: poll.StatusOPEN,
				options: []optionSpec{
					{tr("nl", "Rijst met kip", "en", "Rice with chicken", "ar", "أرز مع دجاج"), "rice"},
					{tr("nl", "Pasta", "en", "Pasta", "ar", "معكرونة"), "pasta"},
					{tr("nl", "Soep met brood", "en", "Soup with bread", "ar", "شوربة مع خبز"), "soup"},
					{tr("nl", "Pannenkoeken", "en", "Pancakes", "ar", "فطائر"), "pancakes"},
				},
				createdDaysAgo: 3, openedDaysAgo: 2, closesIn: 5,
			},
			{
				scope: poll.ScopeCOUNCIL, council: "children", kind: poll.KindMULTIPLE_CHOICE, theme: schematype.ThemePlayActivities,
				question: tr(
					"nl", "Wat wil je doen in de vakantie? Kies er twee.",
					"en", "What do you want to do in the holidays? Choose two.",
					"ar", "ماذا تريد أن تفعل في العطلة؟ اختر اثنين.",
				),
				maxChoices: 2, status: poll.StatusDRAFT,
				options: []optionSpec{
					{tr("nl", "Zwemmen", "en", "Swimming", "ar", "السباحة"), "swim"},
					{tr("nl", "Naar de dierentuin", "en", "Going to the zoo", "ar", "الذهاب إلى حديقة الحيوانات"), "zoo"},
					{tr("nl", "Knutselen", "en", "Arts and crafts", "ar", "الأشغال اليدوية"), "craft"},
					{tr("nl", "Voetbaltoernooi", "en", "Football tournament", "ar", "بطولة كرة القدم"), "football"},
				},
				createdDaysAgo: 1,
			},
		},
		threads: []threadSpec{
			{
				area: "playground", theme: schematype.ThemePlayActivities, title: "De schommels zijn kapot",
				posts: []postSpec{
					{author: "Yellow Bee", language: "nl", state: feedbackpost.ModerationStateAPPROVED, daysAgo: 10, moderatedIn: 3,
						body: "De schommels in de speeltuin zijn kapot. De ketting is los en we kunnen niet meer schommelen."},
					{author: "Orange Cat", language: "ar", state: feedbackpost.ModerationStateAPPROVED, daysAgo: 9, moderatedIn: 5,
						body: "نعم! والأرجوحة الصغيرة مكسورة أيضًا."},
				},
				supporters: []string{"Blue Fox", "Green Owl"},
				response: &responseSpec{
					body: tr(
						"nl", "Bedankt dat jullie dit melden! De klusjesman repareert de schommels. We hebben nieuwe kettingen besteld.",
						"en", "Thank you for telling us! The caretaker will repair the swings. We have ordered new chains.",
						"ar", "شكرًا لأنكم أخبرتمونا! سيصلح عامل الصيانة الأراجيح. لقد طلبنا سلاسل جديدة.",
					),
					status: threadresponse.StatusIN_PROGRESS, daysAgo: 7, commitInDays: 14,
				},
			},
			{
				area: "study", theme: schematype.ThemeEducation, title: "وای‌فای در اتاق درس؟",
				posts: []postSpec{
					{author: "Silver Fish", language: "fa", state: feedbackpost.ModerationStateAPPROVED, daysAgo: 6, moderatedIn: 2,
						body: "می‌شه توی اتاق درس وای‌فای داشته باشیم؟ برای تکالیف مدرسه به اینترنت نیاز داریم."},
					{author: "Red Lion", language: "en", state: feedbackpost.ModerationStateAPPROVED, daysAgo: 5, moderatedIn: 4,
						body: "Yes please, can we have Wi-Fi in the study room? The internet there stops working after 18:00."},
					{author: "Pink Bird", language: "ar", state: feedbackpost.ModerationStateREJECTED, daysAgo: 5, moderatedIn: 6,
						rejectReason: feedbackpost.RejectReasonPERSONAL_INFO, note: "Telefoonnummer in het bericht.",
						body: "يمكنكم استخدام الإنترنت من هاتفي، رقمي 0612345678"},
				},
				supporters: []string{"Purple Turtle"},
			},
			{
				area: "showers", theme: schematype.ThemeHousingHygiene, title: "الماء بارد في الصباح",
				posts: []postSpec{
					{author: "Blue Fox", language: "ar", state: feedbackpost.ModerationStatePENDING, daysAgo: 0,
						body: "الماء في الحمامات بارد جدًا في الصباح. لا أستطيع أن أستحم قبل المدرسة."},
				},
			},
			{
				area: "kitchen", theme: schematype.ThemeFood, title: "Zelf koken",
				posts: []postSpec{
					{author: "Green Owl", language: "nl", state: feedbackpost.ModerationStateAPPROVED, daysAgo: 4, moderatedIn: 20,
						body: "Mogen we een keer zelf koken met de groep? Ik wil het eten van mijn oma maken."},
					{author: "Red Lion", language: "en", state: feedbackpost.ModerationStatePENDING, daysAgo: 0,
						body: "I can help with the cooking!"},
				},
			},
		},
		announcements: []announcementSpec{{
			title: tr(
				"nl", "Welkom bij de jeugdraad!",
				"en", "Welcome to the youth council!",
				"ar", "مرحبًا بكم في مجلس الشباب!",
			),
			body: tr(
				"nl", "Elke woensdag om 15:00 praten we in de speelkamer over wat er beter kan. Iedereen van 6 tot 17 jaar is welkom.",
				"en", "Every Wednesday at 15:00 we meet in the play room to talk about what could be better. Everyone aged 6 to 17 is welcome.",
				"ar", "كل يوم أربعاء في الساعة 15:00 نلتقي في غرفة اللعب لنتحدث عما يمكن تحسينه. الجميع من عمر 6 إلى 17 سنة مرحب بهم.",
			),
			publishedDaysAgo: 3, expiresInDays: 30, createdByStaffKey: staffManager,
		}},
	},
	{
		key:            locSporthal,
		name:           "Noodopvang Demo Sporthal",
		kind:           location.KindEMERGENCY,
		municipality:   "Demostad",
		childrenHoused: 40,
		languages:      []string{"uk", "ar", "so", "nl"},
		areas: []areaSpec{
			{"play", area.KindPLAY, tr("nl", "Speelhoek sporthal", "en", "Play corner in the sports hall", "uk", "Ігровий куточок у спортзалі", "ar", "ركن اللعب في الصالة الرياضية")},
			{"field", area.KindOUTDOOR, tr("nl", "Grasveld", "en", "Grass field", "uk", "Трав'яне поле", "ar", "الملعب العشبي")},
			{"washrooms", area.KindSANITARY, tr("nl", "Sanitaire units", "en", "Washroom units", "uk", "Санітарні блоки", "ar", "وحدات الحمامات")},
			{"sleeping", area.KindSLEEPING, tr("nl", "Slaapzaal", "en", "Sleeping hall", "uk", "Спальний зал", "ar", "قاعة النوم")},
		},
		councils: []councilSpec{
			{"children", "Kinderraad Sporthal", council.AgeGroupCHILDREN},
			{"teens", "Jongerenraad Sporthal", council.AgeGroupTEENS},
		},
		members: []memberSpec{
			{"Golden Bird", "bird", schematype.AgeBand6to8, "uk", false, "children", false},
			{"Sky Cat", "cat", schematype.AgeBand9to11, "ar", false, "children", true},
			{"Mint Fish", "fish", schematype.AgeBand9to11, "so", false, "children", false},
			{"Teal Owl", "owl", schematype.AgeBand12to14, "uk", false, "teens", true},
			{"Brown Fox", "fox", schematype.AgeBand15to17, "so", true, "teens", false},
			{"Coral Turtle", "turtle", schematype.AgeBand12to14, "nl", false, "teens", false},
		},
		tabletName:    "Tablet speelkamer",
		facilitatedBy: staffManager,
		polls: []pollSpec{
			{
				scope: poll.ScopeLOCATION, kind: poll.KindMULTIPLE_CHOICE, theme: schematype.ThemeEducation,
				question: tr(
					"nl", "Wat helpt jou het meest bij school? Kies er hoogstens twee.",
					"en", "What would help you most with school? Choose up to two.",
					"ar", "ما الذي يساعدك أكثر في المدرسة؟ اختر اثنين على الأكثر.",
					"uk", "Що тобі найбільше допомогло б зі школою? Обери не більше двох.",
				),
				maxChoices: 2, status: poll.StatusPUBLISHED,
				options: []optionSpec{
					{tr("nl", "Huiswerkhulp", "en", "Homework help", "ar", "مساعدة في الواجبات", "uk", "Допомога з домашніми завданнями"), "homework"},
					{tr("nl", "Extra Nederlandse les", "en", "Extra Dutch lessons", "ar", "دروس إضافية في اللغة الهولندية", "uk", "Додаткові уроки нідерландської"), "language"},
					{tr("nl", "Een laptop lenen", "en", "Borrowing a laptop", "ar", "استعارة حاسوب محمول", "uk", "Позичити ноутбук"), "laptop"},
					{tr("nl", "Een rustige plek om te leren", "en", "A quiet place to study", "ar", "مكان هادئ للدراسة", "uk", "Тихе місце для навчання"), "quiet"},
				},
				votes: []voteSpec{
					{"Golden Bird", []int{0}}, {"Sky Cat", []int{0, 3}}, {"Mint Fish", []int{1, 0}},
					{"Teal Owl", []int{0, 3}}, {"Brown Fox", []int{0, 1}}, {"Coral Turtle", []int{3, 0}},
				},
				// Six children and k = 5: a count of a multiple-choice poll can be shown only
				// when none or all of them chose the option (otherwise the few who did not, or
				// who did, would be a small group), so every child asks for homework help and
				// nobody for a laptop; the rest is withheld.
				createdDaysAgo: 12, openedDaysAgo: 11, closedDaysAgo: 4, publishedDaysAgo: 3,
			},
			{
				scope: poll.ScopeCOUNCIL, council: "teens", kind: poll.KindRANKING, theme: schematype.ThemeInformationParticipation,
				question: tr(
					"nl", "Zet in volgorde: waar moet de jongerenraad eerst aan werken?",
					"en", "Put in order: what should the youth council work on first?",
					"ar", "رتّب: على ماذا يجب أن يعمل مجلس الشباب أولًا؟",
					"uk", "Розстав за порядком: над чим молодіжна рада має працювати насамперед?",
				),
				status: poll.StatusCLOSED,
				options: []optionSpec{
					{tr("nl", "Wifi in de sporthal", "en", "Wi-Fi in the sports hall", "ar", "واي فاي في الصالة الرياضية", "uk", "Wi-Fi у спортзалі"), "wifi"},
					{tr("nl", "Meer privacy bij het slapen", "en", "More privacy when sleeping", "ar", "خصوصية أكثر عند النوم", "uk", "Більше приватності під час сну"), "privacy"},
					{tr("nl", "Sport en spel", "en", "Sports and games", "ar", "الرياضة والألعاب", "uk", "Спорт та ігри"), "sport"},
				},
				votes: []voteSpec{
					{"Teal Owl", []int{1, 0, 2}}, {"Brown Fox", []int{0, 2, 1}}, {"Coral Turtle", []int{1, 2, 0}},
				},
				createdDaysAgo: 9, openedDaysAgo: 8, closedDaysAgo: 2,
			},
			{
				scope: poll.ScopeLOCATION, kind: poll.KindSMILEY_SCALE, theme: schematype.ThemeSafety,
				question: safeQuestion, description: secretVoteNote, checkIn: true,
				status: poll.StatusOPEN, options: smileyOptions(),
				createdDaysAgo: 2, openedDaysAgo: 1, closesIn: 6,
			},
			{
				scope: poll.ScopeCOUNCIL, council: "children", kind: poll.KindYES_NO, theme: schematype.ThemePlayActivities,
				question: tr(
					"nl", "Zullen we een voetbaltoernooi houden met AZC Demo Rivierenland?",
					"en", "Shall we hold a football tournament with AZC Demo Rivierenland?",
					"ar", "هل ننظم بطولة كرة قدم مع مركز AZC Demo Rivierenland؟",
					"uk", "Чи провести нам футбольний турнір разом з AZC Demo Rivierenland?",
				),
				status: poll.StatusDRAFT, options: yesNoOptions(),
				createdDaysAgo: 1,
			},
		},
		threads: []threadSpec{
			{
				// The shelter has no moderator in the demo yet, so its posts wait in the queue.
				area: "sleeping", theme: schematype.ThemeHousingHygiene, title: "Вночі дуже шумно",
				posts: []postSpec{
					{author: "Teal Owl", language: "uk", state: feedbackpost.ModerationStatePENDING, daysAgo: 1,
						body: "Вночі у спальному залі дуже шумно, і я не можу заснути. Можна поставити перегородки?"},
				},
			},
			{
				area: "field", theme: schematype.ThemePlayActivities, title: "Kubadda cagta",
				posts: []postSpec{
					{author: "Mint Fish", language: "so", state: feedbackpost.ModerationStatePENDING, daysAgo: 0,
						body: "Ma heli karnaa kubad iyo goolal si aan kubadda cagta u ciyaarno?"},
				},
			},
		},
	},
}

// threadStatus is the status a thread has after its (optional) answer.
func (t threadSpec) threadStatus() feedbackthread.Status {
	if t.response == nil {
		return feedbackthread.StatusOPEN
	}
	return feedbackthread.Status(t.response.status)
}

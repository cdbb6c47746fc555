const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/console-wOxq25i6.js","assets/console-DFc2BZdx.css"])))=>i.map(i=>d[i]);
(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();function e(e){let t=e.split(/[?#]/)[0]??`/`,n=t.length>1?t.replace(/\/+$/,``):t;return n===``?`/`:n}function t(t){let n,r=r=>{let i=e(location.pathname),a=t.routes[i]??t.match?.(i)??t.notFound;typeof n==`function`&&n(),t.outlet.replaceChildren(),n=a.render(t.outlet);let o=t.titleSuffix?.();document.title=o?`${a.title()} – ${o}`:a.title(),r&&t.outlet.querySelector(`h1`)?.focus({preventScroll:!1})},i={navigate(t,{replace:n=!1}={}){let i=e(t);i!==e(location.pathname)&&(n?history.replaceState(null,``,i):history.pushState(null,``,i)),window.scrollTo(0,0),r(!0)},refresh(){r(!1)},currentPath(){return e(location.pathname)}};return window.addEventListener(`popstate`,()=>r(!0)),document.addEventListener(`click`,e=>{if(e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;let t=e.target?.closest?.(`a[data-link]`);t instanceof HTMLAnchorElement&&t.origin===location.origin&&(e.preventDefault(),i.navigate(t.pathname))}),r(!1),i}var n=class extends Error{errors;constructor(e){super(e.map(e=>`${e.code}: ${e.message}`).join(`; `)||`GraphQL request failed`),this.name=`GraphQLRequestError`,this.errors=e}get code(){return this.errors[0]?.code??`INTERNAL`}hasCode(e){return this.errors.some(t=>t.code===e)}},r;function i(e){r=e}async function a(e,...[t,i]){let a=i?.fetch??globalThis.fetch.bind(globalThis),s;try{s=await a(i?.endpoint??`/graphql`,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,Accept:`application/json`,...r?{"Accept-Language":r}:{}},body:JSON.stringify({query:e.toString(),variables:t??{}}),...i?.signal?{signal:i.signal}:{}})}catch(e){throw c(!1),new n([{code:`NETWORK`,message:l(e)}])}c(!0);let u;try{u=await s.json()}catch{throw new n([{code:s.ok?`INTERNAL`:`NETWORK`,message:`HTTP ${s.status}: not a GraphQL response`}])}if(Array.isArray(u.errors)&&u.errors.length>0)throw new n(u.errors.map(e=>o(e)));if(u.data===void 0||u.data===null)throw new n([{code:`INTERNAL`,message:`HTTP ${s.status}: no data`}]);return u.data}function o(e){let t={message:typeof e.message==`string`?e.message:`unknown error`,code:typeof e.extensions?.code==`string`?e.extensions.code:`INTERNAL`};typeof e.extensions?.field==`string`&&(t.field=e.extensions.field);let{retryAfter:n,triesLeft:r,triesBeforeLock:i}=e.extensions??{};return typeof n==`number`&&Number.isFinite(n)&&n>0&&(t.retryAfter=Math.ceil(n)),typeof r==`number`&&Number.isInteger(r)&&r>=0&&(t.triesLeft=r),typeof i==`number`&&Number.isInteger(i)&&i>=0&&(t.triesBeforeLock=i),Array.isArray(e.path)&&(t.path=e.path),t}var s=!1;function c(e){e!==!s&&(s=!e,globalThis.dispatchEvent?.(new Event(e?`jeugdstem:network-back`:`jeugdstem:network-lost`)))}function l(e){return e instanceof Error?e.message:String(e)}var u=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},d=new u(`
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}
    `,{fragmentName:`MonitorScheduleFields`}),f={"\n  query Me {\n    me {\n      __typename\n      ... on StaffUser {\n        id\n        role\n        capabilities\n      }\n      ... on YouthMember {\n        id\n        pseudonym\n        avatar\n        language\n      }\n    }\n  }\n":new u(`
    query Me {
  me {
    __typename
    ... on StaffUser {
      id
      role
      capabilities
    }
    ... on YouthMember {
      id
      pseudonym
      avatar
      language
    }
  }
}
    `),"\n  mutation Logout {\n    logout\n  }\n":new u(`
    mutation Logout {
  logout
}
    `),"\n  query AnnouncementLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n        }\n      }\n    }\n  }\n":new u(`
    query AnnouncementLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        languages
      }
    }
  }
}
    `),"\n  query LocationAnnouncements($locationID: ID!) {\n    locationAnnouncements(locationID: $locationID) {\n      id\n      publishAt\n      expiresAt\n      missingLanguages\n      title {\n        lang\n        text\n      }\n      body {\n        lang\n        text\n      }\n    }\n  }\n":new u(`
    query LocationAnnouncements($locationID: ID!) {
  locationAnnouncements(locationID: $locationID) {
    id
    publishAt
    expiresAt
    missingLanguages
    title {
      lang
      text
    }
    body {
      lang
      text
    }
  }
}
    `),"\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),'\n  query StaffThreads {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      location {\n        id\n        name\n        languages\n      }\n      conversation {\n        id\n        body\n        language\n      }\n      latestResponse(language: "nl") {\n        text\n        language\n        status\n      }\n    }\n  }\n':new u(`
    query StaffThreads {
  threadBoard {
    id
    title
    theme
    status
    meTooCount
    location {
      id
      name
      languages
    }
    conversation {
      id
      body
      language
    }
    latestResponse(language: "nl") {
      text
      language
      status
    }
  }
}
    `),"\n  mutation RespondToThread($input: RespondToThreadInput!) {\n    respondToThread(input: $input) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation RespondToThread($input: RespondToThreadInput!) {
  respondToThread(input: $input) {
    id
    status
  }
}
    `),"\n  query ThreadBoard {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      meTooCount\n      supportedByMe\n      startedByMe\n      area {\n        kind\n        localName {\n          lang\n          text\n        }\n      }\n      latestResponse {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n    }\n  }\n":new u(`
    query ThreadBoard {
  threadBoard {
    id
    title
    theme
    status
    meTooCount
    supportedByMe
    startedByMe
    area {
      kind
      localName {
        lang
        text
      }
    }
    latestResponse {
      text
      language
      status
      reason
      commitmentDate
    }
  }
}
    `),"\n  mutation MeToo($threadID: ID!) {\n    meToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n":new u(`
    mutation MeToo($threadID: ID!) {
  meToo(threadID: $threadID) {
    id
    meTooCount
    supportedByMe
  }
}
    `),"\n  mutation WithdrawMeToo($threadID: ID!) {\n    withdrawMeToo(threadID: $threadID) {\n      id\n      meTooCount\n      supportedByMe\n    }\n  }\n":new u(`
    mutation WithdrawMeToo($threadID: ID!) {
  withdrawMeToo(threadID: $threadID) {
    id
    meTooCount
    supportedByMe
  }
}
    `),"\n  query MyCouncilScreen($language: String) {\n    myCouncil(language: $language) {\n      council {\n        id\n        name\n      }\n      supportThreshold\n      seats\n      vacancies\n      members {\n        pseudonym\n        avatar\n        role\n        me\n        elected\n      }\n      nextMeeting {\n        id\n        startsAt\n        place\n        agenda {\n          id\n          position\n          theme\n          titleText(language: $language) {\n            text\n            lang\n          }\n        }\n      }\n      recentDecisions {\n        id\n        status\n        theme\n        dueDate\n        text {\n          text\n          lang\n        }\n        reason {\n          text\n          lang\n        }\n      }\n      openIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      myIdeas {\n        id\n        theme\n        status\n        supportCount\n        supportedByMe\n        proposedByMe\n        titleText(language: $language) {\n          text\n          lang\n        }\n        area {\n          id\n          kind\n          localName {\n            text\n            lang\n          }\n        }\n      }\n      elections {\n        id\n        status\n        seats\n        pollID\n        closesAt\n        standingByMe\n        candidates {\n          optionID\n          pseudonym\n          avatar\n          withdrawn\n          elected\n          tied\n          me\n        }\n      }\n    }\n    me {\n      ... on YouthMember {\n        id\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              text\n              lang\n            }\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query MyCouncilScreen($language: String) {
  myCouncil(language: $language) {
    council {
      id
      name
    }
    supportThreshold
    seats
    vacancies
    members {
      pseudonym
      avatar
      role
      me
      elected
    }
    nextMeeting {
      id
      startsAt
      place
      agenda {
        id
        position
        theme
        titleText(language: $language) {
          text
          lang
        }
      }
    }
    recentDecisions {
      id
      status
      theme
      dueDate
      text {
        text
        lang
      }
      reason {
        text
        lang
      }
    }
    openIdeas {
      id
      theme
      status
      supportCount
      supportedByMe
      proposedByMe
      titleText(language: $language) {
        text
        lang
      }
      area {
        id
        kind
        localName {
          text
          lang
        }
      }
    }
    myIdeas {
      id
      theme
      status
      supportCount
      supportedByMe
      proposedByMe
      titleText(language: $language) {
        text
        lang
      }
      area {
        id
        kind
        localName {
          text
          lang
        }
      }
    }
    elections {
      id
      status
      seats
      pollID
      closesAt
      standingByMe
      candidates {
        optionID
        pseudonym
        avatar
        withdrawn
        elected
        tied
        me
      }
    }
  }
  me {
    ... on YouthMember {
      id
      location {
        id
        areas {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
    }
  }
}
    `),"\n  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {
  proposeIdea(input: $input) {
    id
    status
  }
}
    `),"\n  mutation SupportCouncilIdea($ideaID: ID!) {\n    supportIdea(ideaID: $ideaID) {\n      id\n      supportCount\n      supportedByMe\n    }\n  }\n":new u(`
    mutation SupportCouncilIdea($ideaID: ID!) {
  supportIdea(ideaID: $ideaID) {
    id
    supportCount
    supportedByMe
  }
}
    `),"\n  mutation StandForElection($electionID: ID!) {\n    standForElection(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n":new u(`
    mutation StandForElection($electionID: ID!) {
  standForElection(electionID: $electionID) {
    id
    standingByMe
  }
}
    `),"\n  mutation WithdrawCandidacy($electionID: ID!) {\n    withdrawCandidacy(electionID: $electionID) {\n      id\n      standingByMe\n    }\n  }\n":new u(`
    mutation WithdrawCandidacy($electionID: ID!) {
  withdrawCandidacy(electionID: $electionID) {
    id
    standingByMe
  }
}
    `),"\n  query CouncilList {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          councils {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query CouncilList {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        councils {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query CouncilOverview($id: ID!) {\n    node(id: $id) {\n      ... on Council {\n        id\n        name\n        supportThreshold\n        seats\n        vacancies\n        memberCount\n        location {\n          id\n          name\n          languages\n        }\n        memberships {\n          id\n          role\n          leftAt\n          member {\n            id\n            pseudonym\n            avatar\n            status\n          }\n        }\n      }\n    }\n    councilMeetings(councilID: $id) {\n      id\n      startsAt\n      place\n      minutesPublishedAt\n      agenda {\n        id\n        titleText {\n          text\n          lang\n        }\n        decision {\n          id\n          outcome\n          actionStatus\n          dueDate\n          text {\n            lang\n            text\n          }\n        }\n      }\n    }\n    councilElections(councilID: $id) {\n      id\n      seats\n      status\n      opensAt\n      closesAt\n      byElection\n      candidates {\n        memberID\n        pseudonym\n        avatar\n        withdrawn\n        elected\n      }\n    }\n  }\n":new u(`
    query CouncilOverview($id: ID!) {
  node(id: $id) {
    ... on Council {
      id
      name
      supportThreshold
      seats
      vacancies
      memberCount
      location {
        id
        name
        languages
      }
      memberships {
        id
        role
        leftAt
        member {
          id
          pseudonym
          avatar
          status
        }
      }
    }
  }
  councilMeetings(councilID: $id) {
    id
    startsAt
    place
    minutesPublishedAt
    agenda {
      id
      titleText {
        text
        lang
      }
      decision {
        id
        outcome
        actionStatus
        dueDate
        text {
          lang
          text
        }
      }
    }
  }
  councilElections(councilID: $id) {
    id
    seats
    status
    opensAt
    closesAt
    byElection
    candidates {
      memberID
      pseudonym
      avatar
      withdrawn
      elected
    }
  }
}
    `),"\n  query MeetingAgenda($meeting: ID!, $council: ID!) {\n    node(id: $meeting) {\n      ... on Meeting {\n        id\n        startsAt\n        place\n        minutesPublishedAt\n        attendance\n        council {\n          id\n          name\n          memberCount\n          location {\n            id\n            languages\n          }\n        }\n        agenda {\n          id\n          position\n          theme\n          ideaID\n          threadID\n          pollID\n          title {\n            lang\n            text\n          }\n          titleText {\n            text\n            lang\n          }\n          decision {\n            id\n            outcome\n            dueDate\n            text {\n              lang\n              text\n            }\n            hands {\n              inFavour\n              against\n              abstain\n            }\n          }\n        }\n      }\n    }\n    councilIdeas(councilID: $council) {\n      id\n      theme\n      status\n      titleText {\n        text\n        lang\n      }\n      supportCount\n      supportCountSuppressed\n    }\n  }\n":new u(`
    query MeetingAgenda($meeting: ID!, $council: ID!) {
  node(id: $meeting) {
    ... on Meeting {
      id
      startsAt
      place
      minutesPublishedAt
      attendance
      council {
        id
        name
        memberCount
        location {
          id
          languages
        }
      }
      agenda {
        id
        position
        theme
        ideaID
        threadID
        pollID
        title {
          lang
          text
        }
        titleText {
          text
          lang
        }
        decision {
          id
          outcome
          dueDate
          text {
            lang
            text
          }
          hands {
            inFavour
            against
            abstain
          }
        }
      }
    }
  }
  councilIdeas(councilID: $council) {
    id
    theme
    status
    titleText {
      text
      lang
    }
    supportCount
    supportCountSuppressed
  }
}
    `),"\n  query AgendaSources {\n    threadBoard {\n      id\n      title\n      theme\n      status\n      locationID\n      conversation {\n        language\n      }\n    }\n    polls(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          status\n          theme\n          locationID\n          councilID\n          question {\n            lang\n            text\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query AgendaSources {
  threadBoard {
    id
    title
    theme
    status
    locationID
    conversation {
      language
    }
  }
  polls(first: 100, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        status
        theme
        locationID
        councilID
        question {
          lang
          text
        }
      }
    }
  }
}
    `),"\n  query MinutesCheck($meeting: ID!) {\n    minutesCheck(meetingID: $meeting) {\n      missingTranslations {\n        agendaItemID\n        field\n        languages\n      }\n      undecidedAgendaItemIDs\n    }\n  }\n":new u(`
    query MinutesCheck($meeting: ID!) {
  minutesCheck(meetingID: $meeting) {
    missingTranslations {
      agendaItemID
      field
      languages
    }
    undecidedAgendaItemIDs
  }
}
    `),"\n  mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    id
  }
}
    `),"\n  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
  }
}
    `),"\n  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    id
  }
}
    `),"\n  mutation ConsolePublishMinutes($meeting: ID!, $attendance: Int) {\n    publishMinutes(meetingID: $meeting, attendance: $attendance) {\n      meeting {\n        id\n      }\n      missingTranslations {\n        agendaItemID\n        field\n        languages\n      }\n      undecidedAgendaItemIDs\n    }\n  }\n":new u(`
    mutation ConsolePublishMinutes($meeting: ID!, $attendance: Int) {
  publishMinutes(meetingID: $meeting, attendance: $attendance) {
    meeting {
      id
    }
    missingTranslations {
      agendaItemID
      field
      languages
    }
    undecidedAgendaItemIDs
  }
}
    `),"\n  mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {\n    updateDecisionStatus(input: $input) {\n      id\n      actionStatus\n    }\n  }\n":new u(`
    mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {
  updateDecisionStatus(input: $input) {
    id
    actionStatus
  }
}
    `),"\n  mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {\n    setSupportThreshold(councilID: $council, supports: $supports) {\n      id\n      supportThreshold\n    }\n  }\n":new u(`
    mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {
  setSupportThreshold(councilID: $council, supports: $supports) {
    id
    supportThreshold
  }
}
    `),"\n  mutation ConsoleCallElection($input: CallElectionInput!) {\n    callElection(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleCallElection($input: CallElectionInput!) {
  callElection(input: $input) {
    id
  }
}
    `),"\n  mutation ConsoleCreateElection($input: CreateElectionInput!) {\n    createElection(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleCreateElection($input: CreateElectionInput!) {
  createElection(input: $input) {
    id
  }
}
    `),"\n  mutation ConsoleQuickPoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation ConsoleQuickPoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    id
  }
}
    `),"\n  mutation ConsoleOpenQuickPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation ConsoleOpenQuickPoll($id: ID!) {
  openPoll(id: $id) {
    id
    status
  }
}
    `),"\n  mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {\n    linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {\n      id\n      pollID\n    }\n  }\n":new u(`
    mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {
  linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {
    id
    pollID
  }
}
    `),"\n  query MyLocation {\n    me {\n      ... on YouthMember {\n        id\n        locationID\n        location {\n          id\n          areas {\n            id\n            kind\n            localName {\n              lang\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query MyLocation {
  me {
    ... on YouthMember {
      id
      locationID
      location {
        id
        areas {
          id
          kind
          localName {
            lang
            text
          }
        }
      }
    }
  }
}
    `),"\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `),"\n  query MyPosts {\n    myPosts {\n      id\n      body\n      language\n      moderationState\n      reasonText\n      thread {\n        id\n        title\n      }\n    }\n  }\n":new u(`
    query MyPosts {
  myPosts {
    id
    body
    language
    moderationState
    reasonText
    thread {
      id
      title
    }
  }
}
    `),"\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      edges {\n        node {\n          id\n          body\n          language\n          flags\n          createdAt\n          thread {\n            id\n            title\n            theme\n            location {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query ModerationQueue {
  moderationQueue(first: 50) {
    edges {
      node {
        id
        body
        language
        flags
        createdAt
        thread {
          id
          title
          theme
          location {
            name
          }
        }
      }
    }
  }
}
    `),"\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      id\n      moderationState\n    }\n  }\n":new u(`
    mutation ModeratePost($input: ModeratePostInput!) {
  moderatePost(input: $input) {
    id
    moderationState
  }
}
    `),"\n  query MonitorForChildren {\n    monitorForChildren {\n      domain\n      theme\n      pictogram\n      closedAt\n      score\n      needsAttention\n      whatWeDid {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n    }\n  }\n":new u(`
    query MonitorForChildren {
  monitorForChildren {
    domain
    theme
    pictogram
    closedAt
    score
    needsAttention
    whatWeDid {
      text
      language
      status
      reason
      commitmentDate
    }
  }
}
    `),"\n  query MonitorScorecard($locationID: ID!, $from: Time, $to: Time) {\n    monitorScorecard(locationID: $locationID, from: $from, to: $to) {\n      locationID\n      locationName\n      kind\n      minGroupSize\n      frameworkVersion\n      generatedAt\n      schedule {\n        ...MonitorScheduleFields\n      }\n      period {\n        from\n        to\n        weeks\n      }\n      domains {\n        domain\n        threshold\n        drop\n        trend\n        kindScore\n        kindLocations\n        nationalScore\n        nationalLocations\n        needsAttention\n        latest {\n          round\n          closedAt\n          answers\n          suppressed\n          score\n          scoredAnswers\n          byAge {\n            ageVersion\n            pollID\n          }\n        }\n        history {\n          round\n          closedAt\n          answers\n          suppressed\n          score\n          scoredAnswers\n        }\n      }\n      stability {\n        children\n        moves\n        movesWithNotice\n        movesShortNotice\n        movesNoticeUnknown\n        noticeSharePercent\n        childrenByMoves {\n          moves\n          children\n        }\n      }\n    }\n  }\n":new u(`
    query MonitorScorecard($locationID: ID!, $from: Time, $to: Time) {
  monitorScorecard(locationID: $locationID, from: $from, to: $to) {
    locationID
    locationName
    kind
    minGroupSize
    frameworkVersion
    generatedAt
    schedule {
      ...MonitorScheduleFields
    }
    period {
      from
      to
      weeks
    }
    domains {
      domain
      threshold
      drop
      trend
      kindScore
      kindLocations
      nationalScore
      nationalLocations
      needsAttention
      latest {
        round
        closedAt
        answers
        suppressed
        score
        scoredAnswers
        byAge {
          ageVersion
          pollID
        }
      }
      history {
        round
        closedAt
        answers
        suppressed
        score
        scoredAnswers
      }
    }
    stability {
      children
      moves
      movesWithNotice
      movesShortNotice
      movesNoticeUnknown
      noticeSharePercent
      childrenByMoves {
        moves
        children
      }
    }
  }
}
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}`),"\n  query NationalMonitor($from: Time, $to: Time) {\n    nationalMonitor(from: $from, to: $to) {\n      minGroupSize\n      generatedAt\n      period {\n        from\n        to\n        weeks\n      }\n      domains {\n        domain\n        threshold\n        score\n        locations\n        kinds {\n          kind\n          score\n          locations\n        }\n      }\n      locations {\n        locationID\n        locationName\n        kind\n        attention\n        domains {\n          domain\n          answers\n          score\n          trend\n          needsAttention\n        }\n      }\n      stability {\n        kind\n        children\n        moves\n        movesWithNotice\n        noticeSharePercent\n      }\n    }\n  }\n":new u(`
    query NationalMonitor($from: Time, $to: Time) {
  nationalMonitor(from: $from, to: $to) {
    minGroupSize
    generatedAt
    period {
      from
      to
      weeks
    }
    domains {
      domain
      threshold
      score
      locations
      kinds {
        kind
        score
        locations
      }
    }
    locations {
      locationID
      locationName
      kind
      attention
      domains {
        domain
        answers
        score
        trend
        needsAttention
      }
    }
    stability {
      kind
      children
      moves
      movesWithNotice
      noticeSharePercent
    }
  }
}
    `),"\n  mutation StartMonitorRound($locationID: ID!) {\n    startMonitorRound(locationID: $locationID) {\n      round\n      pollIDs\n    }\n  }\n":new u(`
    mutation StartMonitorRound($locationID: ID!) {
  startMonitorRound(locationID: $locationID) {
    round
    pollIDs
  }
}
    `),"\n  fragment MonitorScheduleFields on MonitorSchedule {\n    locationID\n    everyDays\n    paused\n    own\n    nextRoundAt\n    rounds\n  }\n":d,"\n  mutation SetMonitorSchedule($locationID: ID!, $everyDays: Int, $paused: Boolean, $useDefault: Boolean) {\n    setMonitorSchedule(locationID: $locationID, everyDays: $everyDays, paused: $paused, useDefault: $useDefault) {\n      ...MonitorScheduleFields\n    }\n  }\n":new u(`
    mutation SetMonitorSchedule($locationID: ID!, $everyDays: Int, $paused: Boolean, $useDefault: Boolean) {
  setMonitorSchedule(
    locationID: $locationID
    everyDays: $everyDays
    paused: $paused
    useDefault: $useDefault
  ) {
    ...MonitorScheduleFields
  }
}
    fragment MonitorScheduleFields on MonitorSchedule {
  locationID
  everyDays
  paused
  own
  nextRoundAt
  rounds
}`),"\n  query Announcements {\n    announcements {\n      id\n      title\n      body\n      simpleBody\n      language\n      audioURL\n    }\n  }\n":new u(`
    query Announcements {
  announcements {
    id
    title
    body
    simpleBody
    language
    audioURL
  }
}
    `),"\n  mutation RespondToPoll($input: RespondToPollInput!) {\n    respondToPoll(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation RespondToPoll($input: RespondToPollInput!) {
  respondToPoll(input: $input) {
    id
  }
}
    `),"\n  query StaffPolls {\n    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          status\n          kind\n          theme\n          scope\n          question {\n            lang\n            text\n          }\n          council {\n            name\n          }\n          location {\n            name\n          }\n          openedAt\n          closedAt\n          publishedAt\n        }\n      }\n    }\n  }\n":new u(`
    query StaffPolls {
  polls(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        status
        kind
        theme
        scope
        question {
          lang
          text
        }
        council {
          name
        }
        location {
          name
        }
        openedAt
        closedAt
        publishedAt
      }
    }
  }
}
    `),"\n  query PollTargets {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          languages\n          councils {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query PollTargets {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        languages
        councils {
          id
          name
        }
      }
    }
  }
}
    `),"\n  mutation CreatePoll($input: CreatePollInput!) {\n    createPoll(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation CreatePoll($input: CreatePollInput!) {
  createPoll(input: $input) {
    id
  }
}
    `),"\n  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {\n    updatePoll(id: $id, input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
  updatePoll(id: $id, input: $input) {
    id
  }
}
    `),"\n  query PollDraft($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        status\n        kind\n        theme\n        maxChoices\n        minGroupSize\n        audienceAgeBands\n        opensAt\n        closesAt\n        description {\n          lang\n          text\n        }\n        question {\n          lang\n          text\n        }\n        location {\n          id\n        }\n        council {\n          id\n        }\n        options {\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query PollDraft($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      status
      kind
      theme
      maxChoices
      minGroupSize
      audienceAgeBands
      opensAt
      closesAt
      description {
        lang
        text
      }
      question {
        lang
        text
      }
      location {
        id
      }
      council {
        id
      }
      options {
        position
        pictogram
        label {
          lang
          text
        }
      }
    }
  }
}
    `),"\n  query PollMissingLanguages($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        missingLanguages\n      }\n    }\n  }\n":new u(`
    query PollMissingLanguages($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      missingLanguages
    }
  }
}
    `),"\n  mutation OpenPoll($id: ID!) {\n    openPoll(id: $id) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation OpenPoll($id: ID!) {
  openPoll(id: $id) {
    id
    status
  }
}
    `),"\n  mutation ClosePoll($id: ID!) {\n    closePoll(id: $id) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation ClosePoll($id: ID!) {
  closePoll(id: $id) {
    id
    status
  }
}
    `),"\n  mutation PublishPollResults($id: ID!) {\n    publishPollResults(id: $id) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation PublishPollResults($id: ID!) {
  publishPollResults(id: $id) {
    id
    status
  }
}
    `),"\n  query StaffPollResults($id: ID!) {\n    node(id: $id) {\n      ... on Poll {\n        id\n        kind\n        theme\n        status\n        question {\n          lang\n          text\n        }\n        location {\n          name\n          languages\n        }\n        council {\n          name\n        }\n        closedAt\n        whatWeDid {\n          text\n          language\n          status\n        }\n        options {\n          id\n          position\n          pictogram\n          label {\n            lang\n            text\n          }\n        }\n      }\n    }\n    pollResults(pollID: $id) {\n      status\n      minGroupSize\n      turnout\n      turnoutSuppressed\n      countsVisible\n      median\n      options {\n        optionID\n        count\n        suppressed\n      }\n    }\n  }\n":new u(`
    query StaffPollResults($id: ID!) {
  node(id: $id) {
    ... on Poll {
      id
      kind
      theme
      status
      question {
        lang
        text
      }
      location {
        name
        languages
      }
      council {
        name
      }
      closedAt
      whatWeDid {
        text
        language
        status
      }
      options {
        id
        position
        pictogram
        label {
          lang
          text
        }
      }
    }
  }
  pollResults(pollID: $id) {
    status
    minGroupSize
    turnout
    turnoutSuppressed
    countsVisible
    median
    options {
      optionID
      count
      suppressed
    }
  }
}
    `),"\n  subscription PollTurnout($pollID: ID!) {\n    pollTurnout(pollID: $pollID) {\n      pollID\n      turnout\n      turnoutSuppressed\n      minGroupSize\n    }\n  }\n":new u(`
    subscription PollTurnout($pollID: ID!) {
  pollTurnout(pollID: $pollID) {
    pollID
    turnout
    turnoutSuppressed
    minGroupSize
  }
}
    `),"\n  query ReportLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":new u(`
    query ReportLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),"\n  query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {\n    locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {\n      locationID\n      locationName\n      kind\n      municipality\n      childrenHoused\n      minGroupSize\n      answerDeadlineDays\n      period {\n        from\n        to\n        weeks\n      }\n      participation {\n        activeMembers\n        voters\n        posts\n        turnoutPercent\n        turnoutOfHousedPercent\n      }\n      polls {\n        pollID\n        kind\n        theme\n        question {\n          lang\n          text\n        }\n        closedAt\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        score\n        median\n        options {\n          optionID\n          position\n          label {\n            lang\n            text\n          }\n          count\n          suppressed\n        }\n      }\n      themes {\n        theme\n        threads\n        posts\n        open\n        inProgress\n        done\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      feedback {\n        threads\n        posts\n        open\n        inProgress\n        done\n        notPossible\n        overdue\n        medianModerationHours\n        medianResponseHours\n      }\n      overdueResponses\n      openSafeguardingCases\n      safetyScore\n      smileyTrend {\n        theme\n        start\n        polls\n        responses\n        score\n      }\n      councils {\n        councils\n        quietCouncils\n        meetingsHeld\n        agendaItems\n        attendance\n        averageAttendance\n        decisions\n        adopted\n        rejected\n        deferred\n        actionsDone\n        ideasRaised\n        ideasAdopted\n        ideasDone\n        supports\n        medianDaysToDecision\n        medianDaysToDone\n        electionsHeld\n        electionsVoid\n        seatsFilled\n        seats\n        vacancies\n      }\n      generatedAt\n    }\n  }\n":new u(`
    query LocationReport($locationID: ID!, $from: Time, $to: Time, $trend: ReportTrendInterval) {
  locationReport(locationID: $locationID, from: $from, to: $to, trend: $trend) {
    locationID
    locationName
    kind
    municipality
    childrenHoused
    minGroupSize
    answerDeadlineDays
    period {
      from
      to
      weeks
    }
    participation {
      activeMembers
      voters
      posts
      turnoutPercent
      turnoutOfHousedPercent
    }
    polls {
      pollID
      kind
      theme
      question {
        lang
        text
      }
      closedAt
      minGroupSize
      turnout
      turnoutSuppressed
      score
      median
      options {
        optionID
        position
        label {
          lang
          text
        }
        count
        suppressed
      }
    }
    themes {
      theme
      threads
      posts
      open
      inProgress
      done
      overdue
      medianModerationHours
      medianResponseHours
    }
    feedback {
      threads
      posts
      open
      inProgress
      done
      notPossible
      overdue
      medianModerationHours
      medianResponseHours
    }
    overdueResponses
    openSafeguardingCases
    safetyScore
    smileyTrend {
      theme
      start
      polls
      responses
      score
    }
    councils {
      councils
      quietCouncils
      meetingsHeld
      agendaItems
      attendance
      averageAttendance
      decisions
      adopted
      rejected
      deferred
      actionsDone
      ideasRaised
      ideasAdopted
      ideasDone
      supports
      medianDaysToDecision
      medianDaysToDone
      electionsHeld
      electionsVoid
      seatsFilled
      seats
      vacancies
    }
    generatedAt
  }
}
    `),"\n  query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {\n    nationalReport(from: $from, to: $to, trend: $trend) {\n      minGroupSize\n      period {\n        from\n        to\n        weeks\n      }\n      locations {\n        locationID\n        locationName\n        kind\n        childrenHoused\n        participation {\n          voters\n          turnoutPercent\n          posts\n        }\n        overdueResponses\n        safetyScore\n        concerns\n      }\n      kinds {\n        kind\n        locations\n        participation {\n          voters\n        }\n        safetyScore\n      }\n      total {\n        locations\n        childrenHoused\n        participation {\n          voters\n          posts\n        }\n        overdueResponses\n        openSafeguardingCases\n        safetyScore\n      }\n      councils {\n        locations {\n          locationID\n          locationName\n          figures {\n            councils\n            quietCouncils\n            meetingsHeld\n            agendaItems\n            attendance\n            averageAttendance\n            decisions\n            adopted\n            rejected\n            deferred\n            actionsDone\n            ideasRaised\n            ideasAdopted\n            ideasDone\n            supports\n            medianDaysToDecision\n            medianDaysToDone\n            electionsHeld\n            electionsVoid\n            seatsFilled\n            seats\n            vacancies\n          }\n        }\n        total {\n          councils\n          quietCouncils\n          meetingsHeld\n          agendaItems\n          attendance\n          averageAttendance\n          decisions\n          adopted\n          rejected\n          deferred\n          actionsDone\n          ideasRaised\n          ideasAdopted\n          ideasDone\n          supports\n          medianDaysToDecision\n          medianDaysToDone\n          electionsHeld\n          electionsVoid\n          seatsFilled\n          seats\n          vacancies\n        }\n      }\n    }\n  }\n":new u(`
    query NationalReport($from: Time, $to: Time, $trend: ReportTrendInterval) {
  nationalReport(from: $from, to: $to, trend: $trend) {
    minGroupSize
    period {
      from
      to
      weeks
    }
    locations {
      locationID
      locationName
      kind
      childrenHoused
      participation {
        voters
        turnoutPercent
        posts
      }
      overdueResponses
      safetyScore
      concerns
    }
    kinds {
      kind
      locations
      participation {
        voters
      }
      safetyScore
    }
    total {
      locations
      childrenHoused
      participation {
        voters
        posts
      }
      overdueResponses
      openSafeguardingCases
      safetyScore
    }
    councils {
      locations {
        locationID
        locationName
        figures {
          councils
          quietCouncils
          meetingsHeld
          agendaItems
          attendance
          averageAttendance
          decisions
          adopted
          rejected
          deferred
          actionsDone
          ideasRaised
          ideasAdopted
          ideasDone
          supports
          medianDaysToDecision
          medianDaysToDone
          electionsHeld
          electionsVoid
          seatsFilled
          seats
          vacancies
        }
      }
      total {
        councils
        quietCouncils
        meetingsHeld
        agendaItems
        attendance
        averageAttendance
        decisions
        adopted
        rejected
        deferred
        actionsDone
        ideasRaised
        ideasAdopted
        ideasDone
        supports
        medianDaysToDecision
        medianDaysToDone
        electionsHeld
        electionsVoid
        seatsFilled
        seats
        vacancies
      }
    }
  }
}
    `),"\n  query SafeguardingCases {\n    safeguardingCases {\n      id\n      status\n      postBody\n      postLanguage\n      openedAt\n      openedByName\n      location {\n        name\n      }\n      notes {\n        text\n        at\n      }\n    }\n  }\n":new u(`
    query SafeguardingCases {
  safeguardingCases {
    id
    status
    postBody
    postLanguage
    openedAt
    openedByName
    location {
      name
    }
    notes {
      text
      at
    }
  }
}
    `),"\n  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {\n    updateSafeguardingCase(input: $input) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
  updateSafeguardingCase(input: $input) {
    id
    status
  }
}
    `),"\n  query TabletMembers {\n    tabletMembers {\n      id\n      pseudonym\n      avatar\n    }\n  }\n":new u(`
    query TabletMembers {
  tabletMembers {
    id
    pseudonym
    avatar
  }
}
    `),"\n  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {\n    youthLogin(memberID: $memberID, pin: $pin) {\n      id\n      pseudonym\n      avatar\n      language\n    }\n  }\n":new u(`
    mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {
  youthLogin(memberID: $memberID, pin: $pin) {
    id
    pseudonym
    avatar
    language
  }
}
    `),"\n  query Signals {\n    signals(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          detail\n          createdAt\n          acknowledgedAt\n          location {\n            name\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query Signals {
  signals(first: 50) {
    edges {
      node {
        id
        kind
        detail
        createdAt
        acknowledgedAt
        location {
          name
        }
      }
    }
  }
}
    `),"\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      acknowledgedAt\n    }\n  }\n":new u(`
    mutation AcknowledgeSignal($id: ID!) {
  acknowledgeSignal(id: $id) {
    id
    acknowledgedAt
  }
}
    `),"\n  mutation StaffLogin($email: String!, $password: String!) {\n    staffLogin(email: $email, password: $password) {\n      id\n      role\n    }\n  }\n":new u(`
    mutation StaffLogin($email: String!, $password: String!) {
  staffLogin(email: $email, password: $password) {
    id
    role
  }
}
    `),"\n  query StaffLocations {\n    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          kind\n          municipality\n          childrenHoused\n          councils {\n            id\n            name\n            ageGroup\n          }\n          members(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query StaffLocations {
  locations(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
        kind
        municipality
        childrenHoused
        councils {
          id
          name
          ageGroup
        }
        members(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `),"\n  query StaffLocation($id: ID!) {\n    node(id: $id) {\n      ... on Location {\n        id\n        name\n        kind\n        municipality\n        childrenHoused\n        languages\n        councils {\n          id\n          name\n          ageGroup\n        }\n        tablets {\n          id\n          name\n          createdAt\n          revokedAt\n          lastSeenAt\n        }\n        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {\n          totalCount\n          edges {\n            node {\n              id\n              pseudonym\n              avatar\n              ageBand\n              language\n              lockedAt\n              status\n              memberships {\n                role\n                leftAt\n                council {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":new u(`
    query StaffLocation($id: ID!) {
  node(id: $id) {
    ... on Location {
      id
      name
      kind
      municipality
      childrenHoused
      languages
      councils {
        id
        name
        ageGroup
      }
      tablets {
        id
        name
        createdAt
        revokedAt
        lastSeenAt
      }
      members(first: 100, orderBy: {field: PSEUDONYM, direction: ASC}) {
        totalCount
        edges {
          node {
            id
            pseudonym
            avatar
            ageBand
            language
            lockedAt
            status
            memberships {
              role
              leftAt
              council {
                id
                name
              }
            }
          }
        }
      }
    }
  }
}
    `),"\n  mutation CreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation CreateLocation($input: CreateLocationInput!) {
  createLocation(input: $input) {
    id
  }
}
    `),"\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n    }\n  }\n":new u(`
    mutation CreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
  }
}
    `),"\n  mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {\n    registerYouthMember(input: $input) {\n      member {\n        id\n        pseudonym\n        avatar\n      }\n      pin\n    }\n  }\n":new u(`
    mutation RegisterYouthMember($input: RegisterYouthMemberInput!) {
  registerYouthMember(input: $input) {
    member {
      id
      pseudonym
      avatar
    }
    pin
  }
}
    `),"\n  mutation UnlockYouthMember($memberID: ID!) {\n    unlockYouthMember(memberID: $memberID) {\n      id\n      lockedAt\n    }\n  }\n":new u(`
    mutation UnlockYouthMember($memberID: ID!) {
  unlockYouthMember(memberID: $memberID) {
    id
    lockedAt
  }
}
    `),"\n  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {\n    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {\n      id\n      locationID\n    }\n  }\n":new u(`
    mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
  transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
    id
    locationID
  }
}
    `),"\n  mutation YouthMemberLeft($memberID: ID!) {\n    youthMemberLeft(memberID: $memberID) {\n      id\n      status\n    }\n  }\n":new u(`
    mutation YouthMemberLeft($memberID: ID!) {
  youthMemberLeft(memberID: $memberID) {
    id
    status
  }
}
    `),"\n  mutation EnrollTablet($locationID: ID!, $name: String!) {\n    enrollTablet(locationID: $locationID, name: $name) {\n      id\n      name\n      createdAt\n    }\n  }\n":new u(`
    mutation EnrollTablet($locationID: ID!, $name: String!) {
  enrollTablet(locationID: $locationID, name: $name) {
    id
    name
    createdAt
  }
}
    `),"\n  mutation RevokeTablet($id: ID!) {\n    revokeTablet(id: $id) {\n      id\n      revokedAt\n    }\n  }\n":new u(`
    mutation RevokeTablet($id: ID!) {
  revokeTablet(id: $id) {
    id
    revokedAt
  }
}
    `),"\n  query OpenPolls {\n    openPolls {\n      id\n      kind\n      theme\n      maxChoices\n      closesAt\n      voted\n      question {\n        text\n        lang\n      }\n      description {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n        candidate {\n          pseudonym\n          avatar\n          withdrawn\n          me\n        }\n      }\n    }\n  }\n":new u(`
    query OpenPolls {
  openPolls {
    id
    kind
    theme
    maxChoices
    closesAt
    voted
    question {
      text
      lang
    }
    description {
      text
      lang
    }
    options {
      id
      pictogram
      position
      label {
        text
        lang
      }
      candidate {
        pseudonym
        avatar
        withdrawn
        me
      }
    }
  }
}
    `),"\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      pollID\n      accepted\n    }\n  }\n":new u(`
    mutation CastVote($input: CastVoteInput!) {
  castVote(input: $input) {
    pollID
    accepted
  }
}
    `),"\n  query PublishedPolls {\n    publishedPolls {\n      id\n      kind\n      theme\n      voted\n      whatWeDid {\n        text\n        language\n        status\n        reason\n        commitmentDate\n      }\n      question {\n        text\n        lang\n      }\n      options {\n        id\n        pictogram\n        position\n        label {\n          text\n          lang\n        }\n      }\n      results {\n        minGroupSize\n        turnout\n        turnoutSuppressed\n        countsVisible\n        options {\n          optionID\n          count\n          suppressed\n        }\n      }\n    }\n  }\n":new u(`
    query PublishedPolls {
  publishedPolls {
    id
    kind
    theme
    voted
    whatWeDid {
      text
      language
      status
      reason
      commitmentDate
    }
    question {
      text
      lang
    }
    options {
      id
      pictogram
      position
      label {
        text
        lang
      }
    }
    results {
      minGroupSize
      turnout
      turnoutSuppressed
      countsVisible
      options {
        optionID
        count
        suppressed
      }
    }
  }
}
    `)};function p(e){return f[e]??{}}var m=p(`
  query Me {
    me {
      __typename
      ... on StaffUser {
        id
        role
        capabilities
      }
      ... on YouthMember {
        id
        pseudonym
        avatar
        language
      }
    }
  }
`),h={kind:`nobody`};async function g(e){try{let{me:t}=await a(m,{},e?{signal:e}:{});if(!t)return h;switch(t.__typename){case`YouthMember`:return{kind:`youth`,id:t.id,pseudonym:t.pseudonym,avatar:t.avatar,language:t.language};case`StaffUser`:return{kind:`staff`,id:t.id,role:t.role,capabilities:t.capabilities};default:return h}}catch{return h}}var _=p(`
  mutation Logout {
    logout
  }
`),v=h,y=new Set;function b(){return v}function x(e){v=e;for(let t of y)t(e)}async function ee(){let e=await g();return x(e),e}async function te(){try{await a(_)}catch{}x(h)}function S(e,t={},...n){let r=document.createElement(e);for(let[e,n]of Object.entries(t))if(e!==`on`&&typeof n!=`object`){if(e===`style`)throw Error(`inline styles are not allowed (CSP)`);n!==void 0&&n!==!1&&r.setAttribute(e,n===!0?``:String(n))}for(let[e,n]of Object.entries(t.on??{}))r.addEventListener(e,n);return ne(r,...n),r}function ne(e,...t){for(let n of t)n!==!1&&n!=null&&e.appendChild(typeof n==`string`?document.createTextNode(n):n)}function re(e,t){return S(`span`,{class:`visually-hidden`,lang:t},e)}var ie=`M12,5.5A3.5,3.5 0 0,1 15.5,9A3.5,3.5 0 0,1 12,12.5A3.5,3.5 0 0,1 8.5,9A3.5,3.5 0 0,1 12,5.5M5,8C5.56,8 6.08,8.15 6.53,8.42C6.38,9.85 6.8,11.27 7.66,12.38C7.16,13.34 6.16,14 5,14A3,3 0 0,1 2,11A3,3 0 0,1 5,8M19,8A3,3 0 0,1 22,11A3,3 0 0,1 19,14C17.84,14 16.84,13.34 16.34,12.38C17.2,11.27 17.62,9.85 17.47,8.42C17.92,8.15 18.44,8 19,8M5.5,18.25C5.5,16.18 8.41,14.5 12,14.5C15.59,14.5 18.5,16.18 18.5,18.25V20H5.5V18.25M0,20V18.5C0,17.11 1.89,15.94 4.45,15.6C3.86,16.28 3.5,17.22 3.5,18.25V20H0M24,20H20.5V18.25C20.5,17.22 20.14,16.28 19.55,15.6C22.11,15.94 24,17.11 24,18.5V20Z`,ae=`M16.5,12A2.5,2.5 0 0,0 19,9.5A2.5,2.5 0 0,0 16.5,7A2.5,2.5 0 0,0 14,9.5A2.5,2.5 0 0,0 16.5,12M9,11A3,3 0 0,0 12,8A3,3 0 0,0 9,5A3,3 0 0,0 6,8A3,3 0 0,0 9,11M16.5,14C14.67,14 11,14.92 11,16.75V19H22V16.75C22,14.92 18.33,14 16.5,14M9,13C6.67,13 2,14.17 2,16.5V19H9V16.75C9,15.9 9.33,14.41 11.37,13.28C10.5,13.1 9.66,13 9,13Z`,oe=`M11,15H13V17H11V15M11,7H13V13H11V7M12,2C6.47,2 2,6.5 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20Z`,se=`M14.5,9.25A1.25,1.25 0 0,1 15.75,10.5A1.25,1.25 0 0,1 14.5,11.75A1.25,1.25 0 0,1 13.25,10.5A1.25,1.25 0 0,1 14.5,9.25M9.5,9.25A1.25,1.25 0 0,1 10.75,10.5A1.25,1.25 0 0,1 9.5,11.75A1.25,1.25 0 0,1 8.25,10.5A1.25,1.25 0 0,1 9.5,9.25M7.5,14H16.5C15.74,15.77 14,17 12,17C10,17 8.26,15.77 7.5,14M1,12C1,10.19 2.2,8.66 3.86,8.17C5.29,5.11 8.4,3 12,3C15.6,3 18.71,5.11 20.15,8.17C21.8,8.66 23,10.19 23,12C23,13.81 21.8,15.34 20.15,15.83C18.71,18.89 15.6,21 12,21C8.4,21 5.29,18.89 3.86,15.83C2.2,15.34 1,13.81 1,12M12,5C8.82,5 6.14,7.12 5.28,10H5A2,2 0 0,0 3,12A2,2 0 0,0 5,14H5.28C6.14,16.88 8.82,19 12,19C15.18,19 17.86,16.88 18.72,14H19A2,2 0 0,0 21,12A2,2 0 0,0 19,10H18.72C17.86,7.12 15.18,5 12,5Z`,ce=`M19,15.59L17.59,17L14,13.41L10.41,17L9,15.59L12.59,12L9,8.41L10.41,7L14,10.59L17.59,7L19,8.41L15.41,12L19,15.59M22,3A2,2 0 0,1 24,5V19A2,2 0 0,1 22,21H7C6.31,21 5.77,20.64 5.41,20.11L0,12L5.41,3.88C5.77,3.35 6.31,3 7,3H22M22,5H7L2.28,12L7,19H22V5Z`,le=`M2.34,14.63C2.94,14.41 3.56,14.3 4.22,14.3C5.56,14.3 6.73,14.72 7.73,15.56L4.59,18.7C3.53,17.5 2.78,16.13 2.34,14.63M15.56,9.8C17.53,11.27 19.66,11.63 21.94,10.88C21.97,11.09 22,11.47 22,12C22,13.03 21.75,14.18 21.28,15.45C20.81,16.71 20.23,17.73 19.55,18.5L13.22,12.19L15.56,9.8M8.77,16.64C9.83,18.17 10.05,19.84 9.42,21.66C8,21.25 6.73,20.61 5.67,19.73L8.77,16.64M12.19,13.22L18.5,19.55C16.33,21.45 13.78,22.25 10.88,21.94C11.09,21.28 11.2,20.56 11.2,19.78C11.2,19.16 11.06,18.43 10.78,17.6C10.5,16.77 10.17,16.09 9.8,15.56L12.19,13.22M8.81,14.5C7.88,13.67 6.8,13.15 5.58,12.91C4.36,12.68 3.19,12.75 2.06,13.13C2.03,12.91 2,12.53 2,12C2,10.97 2.25,9.82 2.72,8.55C3.19,7.29 3.77,6.27 4.45,5.5L11.11,12.19L8.81,14.5M15.56,7.73C14.22,6.08 13.91,4.28 14.63,2.34C15.25,2.5 15.96,2.8 16.76,3.26C17.55,3.71 18.2,4.16 18.7,4.59L15.56,7.73M21.66,9.38C21.06,9.59 20.44,9.7 19.78,9.7C18.69,9.7 17.64,9.38 16.64,8.72L19.73,5.67C20.61,6.77 21.25,8 21.66,9.38M12.19,11.11L5.5,4.45C7.67,2.55 10.22,1.75 13.13,2.06C12.91,2.72 12.8,3.44 12.8,4.22C12.8,4.94 12.96,5.75 13.29,6.66C13.62,7.56 14,8.28 14.5,8.81L12.19,11.11Z`,ue=`M19,7H11V14H3V5H1V20H3V17H21V20H23V11A4,4 0 0,0 19,7M7,13A3,3 0 0,0 10,10A3,3 0 0,0 7,7A3,3 0 0,0 4,10A3,3 0 0,0 7,13Z`,de=`M17.4 9C17 7.8 16.2 7 15 6.5V5H14V6.4H13.6C12.5 6.4 11.6 6.8 10.8 7.6L10.4 8L9 7.5C8.7 7.4 8.4 7.3 8 7.3C7.4 7.3 6.8 7.5 6.3 7.9C5.7 8.3 5.4 8.8 5.2 9.3C5 10 5 10.6 5.2 11.3C5.5 12 5.8 12.5 6.3 12.8C5.9 14.3 6.2 15.6 7.3 16.7C8.1 17.5 9 17.9 10.1 17.9C10.6 17.9 10.9 17.9 11.2 17.8C11.8 18.6 12.6 19.1 13.6 19.1C13.9 19.1 14.3 19.1 14.6 19C15.2 18.8 15.6 18.4 16 17.9C16.4 17.3 16.6 16.8 16.6 16.2C16.6 15.8 16.6 15.5 16.5 15.2L16 13.6L16.6 13.2C17.4 12.4 17.8 11.3 17.7 10.1H19V9H17.4M7.7 11.3C7.1 11 6.9 10.6 7.1 10C7.3 9.4 7.7 9.2 8.3 9.4L11.5 10.6C9.9 11.4 8.7 11.6 7.7 11.3M14 16.9C13.4 17.1 13 16.9 12.7 16.3C12.4 15.3 12.6 14.1 13.4 12.5L14.6 15.6C14.8 16.3 14.6 16.7 14 16.9M15.2 11.6L14.6 10V9.9L14.3 9.6H14.2L12.6 9C13 8.7 13.4 8.5 13.9 8.5C14.4 8.5 14.9 8.7 15.3 9.1C15.7 9.5 15.9 9.9 15.9 10.4C15.7 10.7 15.5 11.2 15.2 11.6Z`,fe=`M23 11.5L19.95 10.37C19.69 9.22 19.04 8.56 19.04 8.56C17.4 6.92 14.75 6.92 13.11 8.56L11.63 10.04L5 3C4 7 5 11 7.45 14.22L2 19.5C2 19.5 10.89 21.5 16.07 17.45C18.83 15.29 19.45 14.03 19.84 12.7L23 11.5M17.71 11.72C17.32 12.11 16.68 12.11 16.29 11.72C15.9 11.33 15.9 10.7 16.29 10.31C16.68 9.92 17.32 9.92 17.71 10.31C18.1 10.7 18.1 11.33 17.71 11.72Z`,pe=`M19 2L14 6.5V17.5L19 13V2M6.5 5C4.55 5 2.45 5.4 1 6.5V21.16C1 21.41 1.25 21.66 1.5 21.66C1.6 21.66 1.65 21.59 1.75 21.59C3.1 20.94 5.05 20.5 6.5 20.5C8.45 20.5 10.55 20.9 12 22C13.35 21.15 15.8 20.5 17.5 20.5C19.15 20.5 20.85 20.81 22.25 21.56C22.35 21.61 22.4 21.59 22.5 21.59C22.75 21.59 23 21.34 23 21.09V6.5C22.4 6.05 21.75 5.75 21 5.5V19C19.9 18.65 18.7 18.5 17.5 18.5C15.8 18.5 13.35 19.15 12 20V6.5C10.55 5.4 8.45 5 6.5 5Z`,me=`M12,8H4A2,2 0 0,0 2,10V14A2,2 0 0,0 4,16H5V20A1,1 0 0,0 6,21H8A1,1 0 0,0 9,20V16H12L17,20V4L12,8M15,15.6L13,14H4V10H13L15,8.4V15.6M21.5,12C21.5,13.71 20.54,15.26 19,16V8C20.53,8.75 21.5,10.3 21.5,12Z`,he=`M13 21H11V6L9.03 3.97L10 3L12 5L14 3L15 4L13 6V21M7 6C4.24 6 2 8.24 2 11C2 12.64 2.79 14.09 4 15H4V17C4 19.21 5.79 21 8 21C8.72 21 9.39 20.81 9.97 20.5L10 20.46V7C9.16 6.37 8.13 6 7 6M6.5 12.5L5 11L6.5 9.5L8 11L6.5 12.5M22 11C22 8.24 19.76 6 17 6C15.88 6 14.85 6.37 14 7L14 7V20.46C14.59 20.81 15.27 21 16 21C18.21 21 20 19.21 20 17V15H20C21.21 14.09 22 12.64 22 11M17.5 12.5L16 11L17.5 9.5L19 11L17.5 12.5Z`,ge=`M5,11L6.5,6.5H17.5L19,11M17.5,16A1.5,1.5 0 0,1 16,14.5A1.5,1.5 0 0,1 17.5,13A1.5,1.5 0 0,1 19,14.5A1.5,1.5 0 0,1 17.5,16M6.5,16A1.5,1.5 0 0,1 5,14.5A1.5,1.5 0 0,1 6.5,13A1.5,1.5 0 0,1 8,14.5A1.5,1.5 0 0,1 6.5,16M18.92,6C18.72,5.42 18.16,5 17.5,5H6.5C5.84,5 5.28,5.42 5.08,6L3,12V20A1,1 0 0,0 4,21H5A1,1 0 0,0 6,20V19H18V20A1,1 0 0,0 19,21H20A1,1 0 0,0 21,20V12L18.92,6Z`,_e=`M12,8L10.67,8.09C9.81,7.07 7.4,4.5 5,4.5C5,4.5 3.03,7.46 4.96,11.41C4.41,12.24 4.07,12.67 4,13.66L2.07,13.95L2.28,14.93L4.04,14.67L4.18,15.38L2.61,16.32L3.08,17.21L4.53,16.32C5.68,18.76 8.59,20 12,20C15.41,20 18.32,18.76 19.47,16.32L20.92,17.21L21.39,16.32L19.82,15.38L19.96,14.67L21.72,14.93L21.93,13.95L20,13.66C19.93,12.67 19.59,12.24 19.04,11.41C20.97,7.46 19,4.5 19,4.5C16.6,4.5 14.19,7.07 13.33,8.09L12,8M9,11A1,1 0 0,1 10,12A1,1 0 0,1 9,13A1,1 0 0,1 8,12A1,1 0 0,1 9,11M15,11A1,1 0 0,1 16,12A1,1 0 0,1 15,13A1,1 0 0,1 14,12A1,1 0 0,1 15,11M11,14H13L12.3,15.39C12.5,16.03 13.06,16.5 13.75,16.5A1.5,1.5 0 0,0 15.25,15H15.75A2,2 0 0,1 13.75,17C13,17 12.35,16.59 12,16V16H12C11.65,16.59 11,17 10.25,17A2,2 0 0,1 8.25,15H8.75A1.5,1.5 0 0,0 10.25,16.5C10.94,16.5 11.5,16.03 11.7,15.39L11,14Z`,ve=`M22,21H2V3H4V19H6V10H10V19H12V6H16V19H18V14H22V21Z`,ye=`M12 2C6.5 2 2 6.5 2 12S6.5 22 12 22 22 17.5 22 12 17.5 2 12 2M10 17L5 12L6.41 10.59L10 14.17L17.59 6.58L19 8L10 17Z`,be=`M19.8 22.6L17.15 20H6.5Q4.2 20 2.6 18.4T1 14.5Q1 12.58 2.19 11.08 3.38 9.57 5.25 9.15 5.33 8.95 5.4 8.76 5.5 8.57 5.55 8.35L1.4 4.2L2.8 2.8L21.2 21.2M6.5 18H15.15L7.1 9.95Q7.05 10.23 7.03 10.5 7 10.73 7 11H6.5Q5.05 11 4.03 12.03 3 13.05 3 14.5 3 15.95 4.03 17 5.05 18 6.5 18M11.13 14M21.6 18.75L20.15 17.35Q20.58 17 20.79 16.54 21 16.08 21 15.5 21 14.45 20.27 13.73 19.55 13 18.5 13H17V11Q17 8.93 15.54 7.46 14.08 6 12 6 11.33 6 10.7 6.16 10.07 6.33 9.5 6.68L8.05 5.23Q8.93 4.63 9.91 4.31 10.9 4 12 4 14.93 4 16.96 6.04 19 8.07 19 11 20.73 11.2 21.86 12.5 23 13.78 23 15.5 23 16.5 22.63 17.31 22.25 18.15 21.6 18.75M14.83 12.03Z`,xe=`M10.5,18A0.5,0.5 0 0,1 11,18.5A0.5,0.5 0 0,1 10.5,19A0.5,0.5 0 0,1 10,18.5A0.5,0.5 0 0,1 10.5,18M13.5,18A0.5,0.5 0 0,1 14,18.5A0.5,0.5 0 0,1 13.5,19A0.5,0.5 0 0,1 13,18.5A0.5,0.5 0 0,1 13.5,18M10,11A1,1 0 0,1 11,12A1,1 0 0,1 10,13A1,1 0 0,1 9,12A1,1 0 0,1 10,11M14,11A1,1 0 0,1 15,12A1,1 0 0,1 14,13A1,1 0 0,1 13,12A1,1 0 0,1 14,11M18,18C18,20.21 15.31,22 12,22C8.69,22 6,20.21 6,18C6,17.1 6.45,16.27 7.2,15.6C6.45,14.6 6,13.35 6,12L6.12,10.78C5.58,10.93 4.93,10.93 4.4,10.78C3.38,10.5 1.84,9.35 2.07,8.55C2.3,7.75 4.21,7.6 5.23,7.9C5.82,8.07 6.45,8.5 6.82,8.96L7.39,8.15C6.79,7.05 7,4 10,3L9.91,3.14V3.14C9.63,3.58 8.91,4.97 9.67,6.47C10.39,6.17 11.17,6 12,6C12.83,6 13.61,6.17 14.33,6.47C15.09,4.97 14.37,3.58 14.09,3.14L14,3C17,4 17.21,7.05 16.61,8.15L17.18,8.96C17.55,8.5 18.18,8.07 18.77,7.9C19.79,7.6 21.7,7.75 21.93,8.55C22.16,9.35 20.62,10.5 19.6,10.78C19.07,10.93 18.42,10.93 17.88,10.78L18,12C18,13.35 17.55,14.6 16.8,15.6C17.55,16.27 18,17.1 18,18M12,16C9.79,16 8,16.9 8,18C8,19.1 9.79,20 12,20C14.21,20 16,19.1 16,18C16,16.9 14.21,16 12,16M12,14C13.12,14 14.17,14.21 15.07,14.56C15.65,13.87 16,13 16,12A4,4 0 0,0 12,8A4,4 0 0,0 8,12C8,13 8.35,13.87 8.93,14.56C9.83,14.21 10.88,14 12,14M14.09,3.14V3.14Z`,Se=`M12,1.5A2.5,2.5 0 0,1 14.5,4A2.5,2.5 0 0,1 12,6.5A2.5,2.5 0 0,1 9.5,4A2.5,2.5 0 0,1 12,1.5M15.87,5C18,5 20,7 20,9C22.7,9 22.7,13 20,13H4C1.3,13 1.3,9 4,9C4,7 6,5 8.13,5C8.57,6.73 10.14,8 12,8C13.86,8 15.43,6.73 15.87,5M5,15H8L9,22H7L5,15M10,15H14L13,22H11L10,15M16,15H19L17,22H15L16,15Z`,Ce=`M23 3H1V1H23V3M2 22H6C6 19 4 17 4 17C10 13 11 4 11 4H2V22M22 4H13C13 4 14 13 20 17C20 17 18 19 18 22H22V4Z`,we=`M18,4C16.29,4 15.25,4.33 14.65,4.61C13.88,4.23 13,4 12,4C11,4 10.12,4.23 9.35,4.61C8.75,4.33 7.71,4 6,4C3,4 1,12 1,14C1,14.83 2.32,15.59 4.14,15.9C4.78,18.14 7.8,19.85 11.5,20V15.72C10.91,15.35 10,14.68 10,14C10,13 12,13 12,13C12,13 14,13 14,14C14,14.68 13.09,15.35 12.5,15.72V20C16.2,19.85 19.22,18.14 19.86,15.9C21.68,15.59 23,14.83 23,14C23,12 21,4 18,4M4.15,13.87C3.65,13.75 3.26,13.61 3,13.5C3.25,10.73 5.2,6.4 6.05,6C6.59,6 7,6.06 7.37,6.11C5.27,8.42 4.44,12.04 4.15,13.87M9,12A1,1 0 0,1 8,11C8,10.46 8.45,10 9,10A1,1 0 0,1 10,11C10,11.56 9.55,12 9,12M15,12A1,1 0 0,1 14,11C14,10.46 14.45,10 15,10A1,1 0 0,1 16,11C16,11.56 15.55,12 15,12M19.85,13.87C19.56,12.04 18.73,8.42 16.63,6.11C17,6.06 17.41,6 17.95,6C18.8,6.4 20.75,10.73 21,13.5C20.75,13.61 20.36,13.75 19.85,13.87Z`,Te=`M20 7C20 7 20 3 15 3C13.47 3 12.15 3.19 11 3.5C10.5 3.06 7.26 .309 4 3.57L6.56 6.13C2.5 10.53 4 18 4 18S1 18 1 22C1 22 5 21 5 21C5 21 9 22 9 22C9 18 6 18 6 18S6.85 12.24 13 11.18V14C15 14 15.68 12.19 15.89 11H18C22 11 23 10 23 9S21 7 20 7M18 8C17.45 8 17 7.55 17 7S17.45 6 18 6 19 6.45 19 7 18.55 8 18 8Z`,Ee=`M12,2A10,10 0 0,1 22,12A10,10 0 0,1 12,22A10,10 0 0,1 2,12A10,10 0 0,1 12,2M12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20A8,8 0 0,0 20,12A8,8 0 0,0 12,4M12,10.5A1.5,1.5 0 0,1 13.5,12A1.5,1.5 0 0,1 12,13.5A1.5,1.5 0 0,1 10.5,12A1.5,1.5 0 0,1 12,10.5M7.5,10.5A1.5,1.5 0 0,1 9,12A1.5,1.5 0 0,1 7.5,13.5A1.5,1.5 0 0,1 6,12A1.5,1.5 0 0,1 7.5,10.5M16.5,10.5A1.5,1.5 0 0,1 18,12A1.5,1.5 0 0,1 16.5,13.5A1.5,1.5 0 0,1 15,12A1.5,1.5 0 0,1 16.5,10.5Z`,De=`M5,20H19V18H5M19,9H15V3H9V9H5L12,16L19,9Z`,Oe=`M8.5,5A1.5,1.5 0 0,0 7,6.5A1.5,1.5 0 0,0 8.5,8A1.5,1.5 0 0,0 10,6.5A1.5,1.5 0 0,0 8.5,5M10,2A5,5 0 0,1 15,7C15,8.7 14.15,10.2 12.86,11.1C14.44,11.25 16.22,11.61 18,12.5C21,14 22,12 22,12C22,12 21,21 15,21H9C9,21 4,21 4,16C4,13 7,12 6,10C2,10 2,6.5 2,6.5C3,7 4.24,7 5,6.65C5.19,4.05 7.36,2 10,2Z`,ke=`M17,20C16.71,20 16.44,19.94 16.24,19.85C15.53,19.5 15.03,18.97 14.53,17.47C14,15.91 13.06,15.18 12.14,14.47C11.35,13.86 10.53,13.23 9.82,11.94C9.29,11 9,9.93 9,9C9,6.2 11.2,4 14,4C16.8,4 19,6.2 19,9H21C21,5.07 17.93,2 14,2C10.07,2 7,5.07 7,9C7,10.26 7.38,11.65 8.07,12.9C9,14.55 10.05,15.38 10.92,16.05C11.73,16.67 12.31,17.12 12.63,18.1C13.23,19.92 14,20.94 15.36,21.65C15.87,21.88 16.43,22 17,22A4,4 0 0,0 21,18H19A2,2 0 0,1 17,20M7.64,2.64L6.22,1.22C4.23,3.21 3,5.96 3,9C3,12.04 4.23,14.79 6.22,16.78L7.63,15.37C6,13.74 5,11.5 5,9C5,6.5 6,4.26 7.64,2.64M11.5,9A2.5,2.5 0 0,0 14,11.5A2.5,2.5 0 0,0 16.5,9A2.5,2.5 0 0,0 14,6.5A2.5,2.5 0 0,0 11.5,9Z`,Ae=`M19.5,15.5A0.5,0.5 0 0,1 19,16A0.5,0.5 0 0,1 18.5,15.5V8.5C18.5,6.57 16.43,5 14.5,5H6A4,4 0 0,0 2,9V19H6V15H11V19H15V14.5A0.5,0.5 0 0,1 15.5,14A0.5,0.5 0 0,1 16,14.5V16A3,3 0 0,0 19,19A3,3 0 0,0 22,16V14H19.5V15.5Z`,je=`M7.57,20C6.23,20 5.14,18.91 5.14,17.57C5.14,16.5 6.32,14.5 7.57,12.81C8.82,14.5 10,16.5 10,17.57A2.43,2.43 0 0,1 7.57,20M12,2A10,10 0 0,0 2,12C2,13.75 2.45,15.38 3.24,16.81C3.4,16 3.81,15.07 4.31,14.17C4.11,13.5 4,12.75 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20C11.76,20 11.53,20 11.29,19.96C10.82,20.7 10.14,21.28 9.34,21.63C10.19,21.87 11.08,22 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,14C11.59,14 11.19,14.04 10.81,14.12C11.16,14.75 11.47,15.4 11.69,16C11.79,16 11.89,16 12,16C13.25,16 14.32,16.5 14.77,17.23L16.19,15.81C15.29,14.72 13.75,14 12,14M15.5,8C14.7,8 14,8.7 14,9.5C14,10.3 14.7,11 15.5,11C16.3,11 17,10.3 17,9.5C17,8.7 16.3,8 15.5,8M10,9.5C10,8.7 9.3,8 8.5,8C7.7,8 7,8.7 7,9.5C7,10.3 7.7,11 8.5,11C9.3,11 10,10.3 10,9.5`,Me=`M12,2C6.47,2 2,6.47 2,12C2,17.53 6.47,22 12,22A10,10 0 0,0 22,12C22,6.47 17.5,2 12,2M12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20M13,9.94L14.06,11L15.12,9.94L16.18,11L17.24,9.94L15.12,7.82L13,9.94M8.88,9.94L9.94,11L11,9.94L8.88,7.82L6.76,9.94L7.82,11L8.88,9.94M12,17.5C14.33,17.5 16.31,16.04 17.11,14H6.89C7.69,16.04 9.67,17.5 12,17.5Z`,Ne=`M20,12A8,8 0 0,0 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20A8,8 0 0,0 20,12M22,12A10,10 0 0,1 12,22A10,10 0 0,1 2,12A10,10 0 0,1 12,2A10,10 0 0,1 22,12M10,9.5C10,10.3 9.3,11 8.5,11C7.7,11 7,10.3 7,9.5C7,8.7 7.7,8 8.5,8C9.3,8 10,8.7 10,9.5M17,9.5C17,10.3 16.3,11 15.5,11C14.7,11 14,10.3 14,9.5C14,8.7 14.7,8 15.5,8C16.3,8 17,8.7 17,9.5M12,17.23C10.25,17.23 8.71,16.5 7.81,15.42L9.23,14C9.68,14.72 10.75,15.23 12,15.23C13.25,15.23 14.32,14.72 14.77,14L16.19,15.42C15.29,16.5 13.75,17.23 12,17.23Z`,Pe=`M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,20A8,8 0 0,1 4,12A8,8 0 0,1 12,4A8,8 0 0,1 20,12A8,8 0 0,1 12,20M8.5,11A1.5,1.5 0 0,1 7,9.5A1.5,1.5 0 0,1 8.5,8A1.5,1.5 0 0,1 10,9.5A1.5,1.5 0 0,1 8.5,11M17,9.5A1.5,1.5 0 0,1 15.5,11A1.5,1.5 0 0,1 14,9.5A1.5,1.5 0 0,1 15.5,8A1.5,1.5 0 0,1 17,9.5M16,14V16H8V14H16Z`,Fe=`M20,12A8,8 0 0,0 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20A8,8 0 0,0 20,12M22,12A10,10 0 0,1 12,22A10,10 0 0,1 2,12A10,10 0 0,1 12,2A10,10 0 0,1 22,12M15.5,8C16.3,8 17,8.7 17,9.5C17,10.3 16.3,11 15.5,11C14.7,11 14,10.3 14,9.5C14,8.7 14.7,8 15.5,8M10,9.5C10,10.3 9.3,11 8.5,11C7.7,11 7,10.3 7,9.5C7,8.7 7.7,8 8.5,8C9.3,8 10,8.7 10,9.5M12,14C13.75,14 15.29,14.72 16.19,15.81L14.77,17.23C14.32,16.5 13.25,16 12,16C10.75,16 9.68,16.5 9.23,17.23L7.81,15.81C8.71,14.72 10.25,14 12,14Z`,Ie=`M11.83,9L15,12.16C15,12.11 15,12.05 15,12A3,3 0 0,0 12,9C11.94,9 11.89,9 11.83,9M7.53,9.8L9.08,11.35C9.03,11.56 9,11.77 9,12A3,3 0 0,0 12,15C12.22,15 12.44,14.97 12.65,14.92L14.2,16.47C13.53,16.8 12.79,17 12,17A5,5 0 0,1 7,12C7,11.21 7.2,10.47 7.53,9.8M2,4.27L4.28,6.55L4.73,7C3.08,8.3 1.78,10 1,12C2.73,16.39 7,19.5 12,19.5C13.55,19.5 15.03,19.2 16.38,18.66L16.81,19.08L19.73,22L21,20.73L3.27,3M12,7A5,5 0 0,1 17,12C17,12.64 16.87,13.26 16.64,13.82L19.57,16.75C21.07,15.5 22.27,13.86 23,12C21.27,7.61 17,4.5 12,4.5C10.6,4.5 9.26,4.75 8,5.2L10.17,7.35C10.74,7.13 11.35,7 12,7Z`,Le=`M12,20L12.76,17C9.5,16.79 6.59,15.4 5.75,13.58C5.66,14.06 5.53,14.5 5.33,14.83C4.67,16 3.33,16 2,16C3.1,16 3.5,14.43 3.5,12.5C3.5,10.57 3.1,9 2,9C3.33,9 4.67,9 5.33,10.17C5.53,10.5 5.66,10.94 5.75,11.42C6.4,10 8.32,8.85 10.66,8.32L9,5C11,5 13,5 14.33,5.67C15.46,6.23 16.11,7.27 16.69,8.38C19.61,9.08 22,10.66 22,12.5C22,14.38 19.5,16 16.5,16.66C15.67,17.76 14.86,18.78 14.17,19.33C13.33,20 12.67,20 12,20M17,11A1,1 0 0,0 16,12A1,1 0 0,0 17,13A1,1 0 0,0 18,12A1,1 0 0,0 17,11Z`,Re=`M3,13A9,9 0 0,0 12,22C12,17 7.97,13 3,13M12,5.5A2.5,2.5 0 0,1 14.5,8A2.5,2.5 0 0,1 12,10.5A2.5,2.5 0 0,1 9.5,8A2.5,2.5 0 0,1 12,5.5M5.6,10.25A2.5,2.5 0 0,0 8.1,12.75C8.63,12.75 9.12,12.58 9.5,12.31C9.5,12.37 9.5,12.43 9.5,12.5A2.5,2.5 0 0,0 12,15A2.5,2.5 0 0,0 14.5,12.5C14.5,12.43 14.5,12.37 14.5,12.31C14.88,12.58 15.37,12.75 15.9,12.75C17.28,12.75 18.4,11.63 18.4,10.25C18.4,9.25 17.81,8.4 16.97,8C17.81,7.6 18.4,6.74 18.4,5.75C18.4,4.37 17.28,3.25 15.9,3.25C15.37,3.25 14.88,3.41 14.5,3.69C14.5,3.63 14.5,3.56 14.5,3.5A2.5,2.5 0 0,0 12,1A2.5,2.5 0 0,0 9.5,3.5C9.5,3.56 9.5,3.63 9.5,3.69C9.12,3.41 8.63,3.25 8.1,3.25A2.5,2.5 0 0,0 5.6,5.75C5.6,6.74 6.19,7.6 7.03,8C6.19,8.4 5.6,9.25 5.6,10.25M12,22A9,9 0 0,0 21,13C16,13 12,17 12,22Z`,ze=`M3,3A1,1 0 0,0 2,4V8L2,9.5C2,11.19 3.03,12.63 4.5,13.22V19.5A1.5,1.5 0 0,0 6,21A1.5,1.5 0 0,0 7.5,19.5V13.22C8.97,12.63 10,11.19 10,9.5V8L10,4A1,1 0 0,0 9,3A1,1 0 0,0 8,4V8A0.5,0.5 0 0,1 7.5,8.5A0.5,0.5 0 0,1 7,8V4A1,1 0 0,0 6,3A1,1 0 0,0 5,4V8A0.5,0.5 0 0,1 4.5,8.5A0.5,0.5 0 0,1 4,8V4A1,1 0 0,0 3,3M19.88,3C19.75,3 19.62,3.09 19.5,3.16L16,5.25V9H12V11H13L14,21H20L21,11H22V9H18V6.34L20.5,4.84C21,4.56 21.13,4 20.84,3.5C20.63,3.14 20.26,2.95 19.88,3Z`,Be=`M15,4V11H5.17L4,12.17V4H15M16,2H3A1,1 0 0,0 2,3V17L6,13H16A1,1 0 0,0 17,12V3A1,1 0 0,0 16,2M21,6H19V15H6V17A1,1 0 0,0 7,18H18L22,22V7A1,1 0 0,0 21,6Z`,Ve=`M20 17Q20.86 17 21.45 17.6T22.03 19L14 22L7 20V11H8.95L16.22 13.69Q17 14 17 14.81 17 15.28 16.66 15.63T15.8 16H13L11.25 15.33L10.92 16.27L13 17H20M16 3.23Q17.06 2 18.7 2 20.06 2 21 3T22 5.3Q22 6.33 21 7.76T19.03 10.15 16 13Q13.92 11.11 12.94 10.15T10.97 7.76 10 5.3Q10 3.94 10.97 3T13.31 2Q14.91 2 16 3.23M.984 11H5V22H.984V11Z`,He=`M23 17C23 20.31 20.31 23 17 23V21.5C19.5 21.5 21.5 19.5 21.5 17H23M1 7C1 3.69 3.69 1 7 1V2.5C4.5 2.5 2.5 4.5 2.5 7H1M8 4.32L3.41 8.92C.19 12.14 .19 17.37 3.41 20.59S11.86 23.81 15.08 20.59L22.15 13.5C22.64 13.03 22.64 12.24 22.15 11.75C21.66 11.26 20.87 11.26 20.38 11.75L15.96 16.17L15.25 15.46L21.79 8.92C22.28 8.43 22.28 7.64 21.79 7.15S20.5 6.66 20 7.15L14.19 13L13.5 12.27L20.37 5.38C20.86 4.89 20.86 4.1 20.37 3.61S19.09 3.12 18.6 3.61L11.71 10.5L11 9.8L16.5 4.32C17 3.83 17 3.04 16.5 2.55S15.22 2.06 14.73 2.55L7.11 10.17C8.33 11.74 8.22 14 6.78 15.45L6.07 14.74C7.24 13.57 7.24 11.67 6.07 10.5L5.72 10.15L9.79 6.08C10.28 5.59 10.28 4.8 9.79 4.31C9.29 3.83 8.5 3.83 8 4.32Z`,Ue=`M12,21.35L10.55,20.03C5.4,15.36 2,12.27 2,8.5C2,5.41 4.42,3 7.5,3C9.24,3 10.91,3.81 12,5.08C13.09,3.81 14.76,3 16.5,3C19.58,3 22,5.41 22,8.5C22,12.27 18.6,15.36 13.45,20.03L12,21.35Z`,We=`M10,20V14H14V20H19V12H22L12,3L2,12H5V20H10Z`,Ge=`M17,16H15V22H12V17H8V22H5V16H3L10,10L17,16M6,2L10,6H9V9H7V6H5V9H3V6H2L6,2M18,3L23,8H22V12H19V9H17V12H15.34L14,10.87V8H13L18,3Z`,Ke=`M2,12L12,3L22,12H19V20H5V12H2M12,18L12.72,17.34C15.3,15 17,13.46 17,11.57C17,10.03 15.79,8.82 14.25,8.82C13.38,8.82 12.55,9.23 12,9.87C11.45,9.23 10.62,8.82 9.75,8.82C8.21,8.82 7,10.03 7,11.57C7,13.46 8.7,15 11.28,17.34L12,18Z`,qe=`M22 6V9.5L20.5 10L18.96 7.54C18.83 7.33 18.5 7.42 18.5 7.67V11.25C18.5 12.23 18.11 13.11 17.5 13.78V21H15V15C14.92 15 14.84 15 14.75 15C14.54 15 14.33 14.97 14.13 14.94L9.69 14.2L8.57 16.21L9.53 21H7L6 16.25C5.97 15.95 6 15.65 6.16 15.39L7.18 13.58C6.2 13.03 5.53 12 5.5 10.81C5.46 10.96 5.44 11.18 5.47 11.5C5.5 11.94 5.61 12.59 5.54 13.31C5.5 14.03 5.17 14.77 4.75 15.26C4.32 15.75 3.85 16.09 3.35 16.35L2.65 15.65C2.84 15.18 3.03 14.76 3.07 14.37C3.13 14 3.06 13.7 2.95 13.43L2.42 12.3C2.21 11.79 1.95 11.05 2 10.18C2.03 9.33 2.5 8.22 3.39 7.61C4.29 7 5.26 6.92 6.05 7.08C6.55 7.18 7.06 7.42 7.5 7.76C7.87 7.59 8.3 7.5 8.75 7.5H14.5V7C14.5 4.79 16.29 3 18.5 3H22L21.11 4.34C21.65 4.7 22 5.31 22 6Z`,Je=`M18,14H14V18H10V14H6V10H10V6H14V10H18M19,3H5C3.89,3 3,3.89 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5C21,3.89 20.1,3 19,3Z`,Ye=`M19.8 6.59L19 7.97V10.04L17.69 11.61L17.31 13.25L16 14L15.5 13.12L16.44 12.59L16.7 11.45L16.7 11.45L16.77 11.15L16.77 11.15V11.15L17.47 10.31C17.65 10.1 17.62 9.78 17.41 9.61C17.2 9.43 16.88 9.46 16.7 9.67L15.85 10.69L15.56 11.93C15.38 11.96 15.2 12 15 12C14.31 12 13.68 11.76 13.23 11.4C13.15 12.7 12.73 13.81 12.13 14.43L10.5 16.19L9.96 19.79L8.07 21L7.53 20.17L9.04 19.19L9.5 15.92L9.5 15.91L10 14.54C9.47 14.08 9.08 13.28 8.88 12.3L8.71 12.61C8.35 13.25 8 13.9 7.56 14.56C7.11 15.2 6.66 15.9 5.78 16.44C5.34 16.72 4.7 16.84 4.17 16.73C3.61 16.61 3.14 16.26 2.86 15.89C2.31 15.13 2.15 14.35 2 13.62L2.97 13.36C3.2 14 3.5 14.65 3.88 15C4.26 15.33 4.57 15.26 4.84 15C5.16 14.73 5.47 14.15 5.73 13.55C6 12.94 6.22 12.28 6.45 11.6C6.93 10.24 7.39 8.82 8.2 7.36C8.62 6.64 9.13 5.89 9.92 5.22C10.7 4.55 11.73 4 13 4S15.7 5.22 16.58 6.34C17 6.89 17.87 6.82 18.22 6.21L19.14 4.63C19 4.58 18.89 4.5 18.79 4.4C18.4 4 18.4 3.38 18.79 3L19.93 4.13C19.96 4.13 20 4.11 20 4.11C20.41 4.11 20.75 4.35 20.91 4.69L22 7L21 7.5L19.8 6.59Z`,Xe=`M22,18V22H18V19H15V16H12L9.74,13.74C9.19,13.91 8.61,14 8,14A6,6 0 0,1 2,8A6,6 0 0,1 8,2A6,6 0 0,1 14,8C14,8.61 13.91,9.19 13.74,9.74L22,18M7,5A2,2 0 0,0 5,7A2,2 0 0,0 7,9A2,2 0 0,0 9,7A2,2 0 0,0 7,5Z`,Ze=`M19 3C18.1 3 15.5 3 14.3 6.1C13.9 6 13.4 6 13 6H11C10.6 6 10.1 6 9.7 6.1C8.5 3 5.9 3 5 3C4 3 1 4 1 9C1 12.6 3.5 13.6 5 13.9V15C5 18.3 7.7 21 11 21H13C16.3 21 19 18.3 19 15V13.9C20.5 13.6 23 12.6 23 9C23 4 20 3 19 3M5 12V12.4C2.9 11.8 3.3 9.5 4.3 8.7C4 8.3 3 9 3 8.6C3 8.1 4.8 7.4 5.1 7.3C4.8 6.8 3.6 7 3.6 6.6C3.6 6.3 4.8 5.8 5.8 6C6.3 6.1 6.9 6.3 7.4 6.7C6 8 5 9.8 5 12M8.5 15C6.5 15 6.5 12 8.5 12C10.5 12 10.5 15 8.5 15M12.5 18H11.5C10.8 18 10.3 17.3 10.6 16.7L11.3 13.7C11.4 13.3 11.8 13.1 12.1 13C12.4 13 12.7 13.2 12.9 13.7L13.6 16.7C13.7 17.3 13.2 18 12.5 18M15.5 15C13.5 15 13.5 12 15.5 12C17.5 12 17.5 15 15.5 15M19.7 8.6C20.7 9.4 21.1 11.7 19 12.3C19.1 10.1 18.1 8 16.6 6.7C17.1 6.3 17.7 6.1 18.2 6C19.2 5.8 20.4 6.2 20.4 6.6C20.4 7 19.2 6.8 18.9 7.2C19.2 7.4 21 8.1 21 8.6C21 9 20.1 8.3 19.7 8.6Z`,Qe=`M12,5C12.74,5 13.47,5.1 14.15,5.29L15.78,2.46C16.06,2 16.67,1.82 17.15,2.1C17.63,2.37 17.79,3 17.5,3.46L16,6.07C17.22,6.78 18.23,7.79 18.93,9H5.07C5.77,7.79 6.78,6.78 8,6.07L6.5,3.46C6.21,3 6.37,2.37 6.85,2.1C7.33,1.82 7.94,2 8.22,2.46L9.85,5.29C10.53,5.1 11.26,5 12,5M20,13C20,17.17 16.82,20.59 12.75,20.97V10.5H19.6C19.86,11.29 20,12.13 20,13M4,13C4,12.13 4.14,11.29 4.4,10.5H11.25V20.97C7.18,20.59 4,17.17 4,13Z`,$e=`M4,6H20V16H4M20,18A2,2 0 0,0 22,16V6C22,4.89 21.1,4 20,4H4C2.89,4 2,4.89 2,6V16A2,2 0 0,0 4,18H0V20H24V18H20Z`,et=`M17 7L15.59 8.41L18.17 11H8V13H18.17L15.59 15.58L17 17L22 12M4 5H12V3H4C2.9 3 2 3.9 2 5V19C2 20.1 2.9 21 4 21H12V19H4V5Z`,tt=`M10,3L8,5V7H5C3.85,7 3.12,8 3,9L2,19C1.88,20 2.54,21 4,21H20C21.46,21 22.12,20 22,19L21,9C20.88,8 20.06,7 19,7H16V5L14,3H10M10,5H14V7H10V5M11,10H13V13H16V15H13V18H11V15H8V13H11V10Z`,nt=`M20,2A2,2 0 0,1 22,4V16A2,2 0 0,1 20,18H6L2,22V4C2,2.89 2.9,2 4,2H20M4,4V17.17L5.17,16H20V4H4M6,7H18V9H6V7M6,11H15V13H6V11Z`,rt=`M2 12A10 10 0 0 0 15 21.54A10 10 0 0 1 15 2.46A10 10 0 0 0 2 12Z`,it=`M20 5L20 19L4 19L4 5H20M20 3H4C2.89 3 2 3.89 2 5V19C2 20.11 2.89 21 4 21H20C21.11 21 22 20.11 22 19V5C22 3.89 21.11 3 20 3M18 15H6V17H18V15M10 7H6V13H10V7M12 9H18V7H12V9M18 11H12V13H18V11Z`,at=`M12,16C12.56,16.84 13.31,17.53 14.2,18L12,20.2L9.8,18C10.69,17.53 11.45,16.84 12,16M17,11.2A2,2 0 0,0 15,13.2A2,2 0 0,0 17,15.2A2,2 0 0,0 19,13.2C19,12.09 18.1,11.2 17,11.2M7,11.2A2,2 0 0,0 5,13.2A2,2 0 0,0 7,15.2A2,2 0 0,0 9,13.2C9,12.09 8.1,11.2 7,11.2M17,8.7A4,4 0 0,1 21,12.7A4,4 0 0,1 17,16.7A4,4 0 0,1 13,12.7A4,4 0 0,1 17,8.7M7,8.7A4,4 0 0,1 11,12.7A4,4 0 0,1 7,16.7A4,4 0 0,1 3,12.7A4,4 0 0,1 7,8.7M2.24,1C4,4.7 2.73,7.46 1.55,10.2C1.19,11 1,11.83 1,12.7A6,6 0 0,0 7,18.7C7.21,18.69 7.42,18.68 7.63,18.65L10.59,21.61L12,23L13.41,21.61L16.37,18.65C16.58,18.68 16.79,18.69 17,18.7A6,6 0 0,0 23,12.7C23,11.83 22.81,11 22.45,10.2C21.27,7.46 20,4.7 21.76,1C19.12,3.06 15.36,4.69 12,4.7C8.64,4.69 4.88,3.06 2.24,1Z`,ot=`M17.5,12A1.5,1.5 0 0,1 16,10.5A1.5,1.5 0 0,1 17.5,9A1.5,1.5 0 0,1 19,10.5A1.5,1.5 0 0,1 17.5,12M14.5,8A1.5,1.5 0 0,1 13,6.5A1.5,1.5 0 0,1 14.5,5A1.5,1.5 0 0,1 16,6.5A1.5,1.5 0 0,1 14.5,8M9.5,8A1.5,1.5 0 0,1 8,6.5A1.5,1.5 0 0,1 9.5,5A1.5,1.5 0 0,1 11,6.5A1.5,1.5 0 0,1 9.5,8M6.5,12A1.5,1.5 0 0,1 5,10.5A1.5,1.5 0 0,1 6.5,9A1.5,1.5 0 0,1 8,10.5A1.5,1.5 0 0,1 6.5,12M12,3A9,9 0 0,0 3,12A9,9 0 0,0 12,21A1.5,1.5 0 0,0 13.5,19.5C13.5,19.11 13.35,18.76 13.11,18.5C12.88,18.23 12.73,17.88 12.73,17.5A1.5,1.5 0 0,1 14.23,16H16A5,5 0 0,0 21,11C21,6.58 16.97,3 12,3Z`,st=`M12,3C13.74,3 15.36,3.5 16.74,4.35C17.38,3.53 18.38,3 19.5,3A3.5,3.5 0 0,1 23,6.5C23,8 22.05,9.28 20.72,9.78C20.9,10.5 21,11.23 21,12A9,9 0 0,1 12,21A9,9 0 0,1 3,12C3,11.23 3.1,10.5 3.28,9.78C1.95,9.28 1,8 1,6.5A3.5,3.5 0 0,1 4.5,3C5.62,3 6.62,3.53 7.26,4.35C8.64,3.5 10.26,3 12,3M12,5A7,7 0 0,0 5,12A7,7 0 0,0 12,19A7,7 0 0,0 19,12A7,7 0 0,0 12,5M16.19,10.3C16.55,11.63 16.08,12.91 15.15,13.16C14.21,13.42 13.17,12.54 12.81,11.2C12.45,9.87 12.92,8.59 13.85,8.34C14.79,8.09 15.83,8.96 16.19,10.3M7.81,10.3C8.17,8.96 9.21,8.09 10.15,8.34C11.08,8.59 11.55,9.87 11.19,11.2C10.83,12.54 9.79,13.42 8.85,13.16C7.92,12.91 7.45,11.63 7.81,10.3M12,14C12.6,14 13.13,14.19 13.5,14.5L12.5,15.5C12.5,15.92 12.84,16.25 13.25,16.25A0.75,0.75 0 0,0 14,15.5A0.5,0.5 0 0,1 14.5,15A0.5,0.5 0 0,1 15,15.5A1.75,1.75 0 0,1 13.25,17.25C12.76,17.25 12.32,17.05 12,16.72C11.68,17.05 11.24,17.25 10.75,17.25A1.75,1.75 0 0,1 9,15.5A0.5,0.5 0 0,1 9.5,15A0.5,0.5 0 0,1 10,15.5A0.75,0.75 0 0,0 10.75,16.25A0.75,0.75 0 0,0 11.5,15.5L10.5,14.5C10.87,14.19 11.4,14 12,14Z`,ct=`M4 16.5V8H3V7H4V6H3V5H4V4H3V3H9C9.5 3.03 9.95 3.24 10.34 3.63S10.95 4.5 11 5H21V6H11C10.95 6.53 10.73 7 10.34 7.43S9.5 8.05 9 8H7V15.05C7.05 15.05 7.13 15.04 7.24 15S7.44 15 7.5 15C8.06 15 8.7 15.14 9.42 15.42C9.83 14.5 10.53 13.68 11.53 13S13.53 12 14.53 12C16.06 12 17.36 12.53 18.42 13.59S20 15.95 20 17.5C20 17.55 20 17.64 20 17.77S19.97 17.97 19.97 18H3.14C3.27 17.5 3.55 17 4 16.5M6 15.23V8H5V15.7C5.5 15.45 5.81 15.3 6 15.23M9 7V6H7V7H9M9 4H7V5H9V4M5 4V5H6V4H5M5 6V7H6V6H5M2 19H22L20 21H4L2 19Z`,lt=`M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z`,ut=`M19,16C19,17.72 18.37,19.3 17.34,20.5C17.75,20.89 18,21.41 18,22H6C6,21.41 6.25,20.89 6.66,20.5C5.63,19.3 5,17.72 5,16H3C3,14.75 3.57,13.64 4.46,12.91L4.47,12.89C6,11.81 7,10 7,8V7A5,5 0 0,1 12,2A5,5 0 0,1 17,7V8C17,10 18,11.81 19.53,12.89L19.54,12.91C20.43,13.64 21,14.75 21,16H19M16,16A4,4 0 0,0 12,12A4,4 0 0,0 8,16A4,4 0 0,0 12,20A4,4 0 0,0 16,16M10,9L12,10.5L14,9L12,7.5L10,9M10,5A1,1 0 0,0 9,6A1,1 0 0,0 10,7A1,1 0 0,0 11,6A1,1 0 0,0 10,5M14,5A1,1 0 0,0 13,6A1,1 0 0,0 14,7A1,1 0 0,0 15,6A1,1 0 0,0 14,5Z`,dt=`M19 19C19 20.11 18.11 21 17 21H7C5.9 21 5 20.11 5 19V12H3V10H21V12H19M8 1.5C6.15 1.5 4.65 3 4.65 4.85C4.65 6.7 6.15 8.2 8 8.2H9.53C9.92 8.2 10.29 8.3 10.61 8.5H12.63C12.05 7.45 10.86 6.75 9.53 6.75H8C7 6.75 6.15 5.77 6.15 4.75C6.15 3.73 7 3 8 3M12.85 2C12.85 3 12 3.85 11 3.85V5.35C12.92 5.35 14.5 6.7 14.89 8.5H16.42C16.12 6.67 14.96 5.15 13.35 4.38C13.97 3.77 14.35 2.93 14.35 2Z`,ft=`M18,3H6V7H18M19,12A1,1 0 0,1 18,11A1,1 0 0,1 19,10A1,1 0 0,1 20,11A1,1 0 0,1 19,12M16,19H8V14H16M19,8H5A3,3 0 0,0 2,11V17H6V21H18V17H22V11A3,3 0 0,0 19,8Z`,pt=`M18.05,21L15.32,16.26C15.32,14.53 14.25,13.42 12.95,13.42C12.05,13.42 11.27,13.92 10.87,14.66C11.2,14.47 11.59,14.37 12,14.37C13.3,14.37 14.36,15.43 14.36,16.73C14.36,18.04 13.31,19.11 12,19.11H15.3V21H6.79C6.55,21 6.3,20.91 6.12,20.72C5.75,20.35 5.75,19.75 6.12,19.38V19.38L6.62,18.88C6.28,18.73 6,18.5 5.72,18.26C5.5,18.76 5,19.11 4.42,19.11C3.64,19.11 3,18.47 3,17.68C3,16.9 3.64,16.26 4.42,16.26L4.89,16.34V14.37C4.89,11.75 7,9.63 9.63,9.63H9.65C11.77,9.64 13.42,10.47 13.42,9.16C13.42,8.23 13.62,7.86 13.96,7.34C13.23,7 12.4,6.79 11.53,6.79C11,6.79 10.58,6.37 10.58,5.84C10.58,5.41 10.86,5.05 11.25,4.93L10.58,4.89C10.06,4.89 9.63,4.47 9.63,3.95C9.63,3.42 10.06,3 10.58,3H11.53C13.63,3 15.47,4.15 16.46,5.85L16.74,5.84C17.45,5.84 18.11,6.07 18.65,6.45L19.1,6.83C21.27,8.78 21,10.1 21,10.11C21,11.39 19.94,12.44 18.65,12.44L18.16,12.39V12.47C18.16,13.58 17.68,14.57 16.93,15.27L20.24,21H18.05M18.16,7.74C17.63,7.74 17.21,8.16 17.21,8.68C17.21,9.21 17.63,9.63 18.16,9.63C18.68,9.63 19.11,9.21 19.11,8.68C19.11,8.16 18.68,7.74 18.16,7.74Z`,mt=`M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z`,ht=`M13,9V5L6,12L13,19V14.9C18,14.9 21.5,16.5 24,20C23,15 20,10 13,9M7,8V5L0,12L7,19V16L3,12L7,8Z`,gt=`M22,11H19.7C19.4,9.9 18.9,8.8 18.2,8L21.6,2.6L19.9,1.5L16.7,6.6C16.3,6.3 16,6.1 15.5,5.9L16.4,2.3L14.5,1.8L13.7,5.2C13.1,5.1 12.6,5 12,5C8.3,5 5.2,7.6 4.3,11H2C2,15.1 4.5,18.6 8,20.2V22H16V20.2C19.5,18.6 22,15.1 22,11M12,7C14.6,7 16.8,8.7 17.6,11H6.4C7.2,8.7 9.4,7 12,7Z`,_t=`M12,3L1,9L12,15L21,10.09V17H23V9M5,13.18V17.18L12,21L19,17.18V13.18L12,17L5,13.18Z`,vt=`M21.68 13.26L22.04 15.23L2.35 18.77L2 16.8L4.95 16.27L4.6 14.3C4.5 13.76 4.86 13.24 5.41 13.14C5.95 13.04 6.47 13.4 6.57 13.95L6.92 15.91L16.76 14.15L16.41 12.18C16.31 11.63 16.67 11.11 17.22 11C17.76 10.92 18.28 11.28 18.38 11.82L18.73 13.79L21.68 13.26M10.06 18.4L8 22H16L13.58 17.77L10.06 18.4Z`,yt=`M20,8.5A2.5,2.5 0 0,1 17.5,11C16.42,11 15.5,10.31 15.16,9.36C14.72,9.75 14.14,10 13.5,10C12.94,10 12.42,9.81 12,9.5C11.58,9.81 11.07,10 10.5,10C9.86,10 9.28,9.75 8.84,9.36C8.5,10.31 7.58,11 6.5,11A2.5,2.5 0 0,1 4,8.5C4,7.26 4.91,6.23 6.1,6.04C6.04,5.87 6,5.69 6,5.5A1.5,1.5 0 0,1 7.5,4C7.7,4 7.89,4.04 8.06,4.11C8.23,3.47 8.81,3 9.5,3C9.75,3 10,3.07 10.18,3.17C10.5,2.5 11.19,2 12,2C12.81,2 13.5,2.5 13.82,3.17C14,3.07 14.25,3 14.5,3C15.19,3 15.77,3.47 15.94,4.11C16.11,4.04 16.3,4 16.5,4A1.5,1.5 0 0,1 18,5.5C18,5.69 17.96,5.87 17.9,6.04C19.09,6.23 20,7.26 20,8.5M10,12A1,1 0 0,0 9,13A1,1 0 0,0 10,14A1,1 0 0,0 11,13A1,1 0 0,0 10,12M14,12A1,1 0 0,0 13,13A1,1 0 0,0 14,14A1,1 0 0,0 15,13A1,1 0 0,0 14,12M20.23,10.66C19.59,11.47 18.61,12 17.5,12C17.05,12 16.62,11.9 16.21,11.73C16.2,14.28 15.83,17.36 14.45,18.95C13.93,19.54 13.3,19.86 12.5,19.96V18H11.5V19.96C10.7,19.86 10.07,19.55 9.55,18.95C8.16,17.35 7.79,14.29 7.78,11.74C7.38,11.9 6.95,12 6.5,12C5.39,12 4.41,11.47 3.77,10.66C2.88,11.55 2,12 2,12C2,12 3,14 5,14C5.36,14 5.64,13.96 5.88,13.91C6.22,17.73 7.58,22 12,22C16.42,22 17.78,17.73 18.12,13.91C18.36,13.96 18.64,14 19,14C21,14 22,12 22,12C22,12 21.12,11.55 20.23,10.66Z`,bt=`M11,13H13V16H16V11H18L12,6L6,11H8V16H11V13M12,1L21,5V11C21,16.55 17.16,21.74 12,23C6.84,21.74 3,16.55 3,11V5L12,1Z`,xt=`M21,14V15C21,16.91 19.93,18.57 18.35,19.41L19,22H17L16.5,20C16.33,20 16.17,20 16,20H8C7.83,20 7.67,20 7.5,20L7,22H5L5.65,19.41C4.07,18.57 3,16.91 3,15V14H2V12H20V5A1,1 0 0,0 19,4C18.5,4 18.12,4.34 18,4.79C18.63,5.33 19,6.13 19,7H13A3,3 0 0,1 16,4C16.06,4 16.11,4 16.17,4C16.58,2.84 17.69,2 19,2A3,3 0 0,1 22,5V14H21V14M19,14H5V15A3,3 0 0,0 8,18H16A3,3 0 0,0 19,15V14Z`,St=`M20.31 8.03L21.24 4.95C21.67 4.85 22 4.47 22 4C22 3.45 21.55 3 21 3S20 3.45 20 4C20 4.26 20.11 4.5 20.27 4.68L19.5 7.26L18.73 4.68C18.89 4.5 19 4.26 19 4C19 3.45 18.55 3 18 3S17 3.45 17 4C17 4.47 17.33 4.85 17.76 4.95L18.69 8.03C17.73 8.18 17 9 17 10V12.25C15.65 9.16 12.63 7 9.11 7C5.19 7 2 10.26 2 14.26C2 16.1 2.82 17.75 4.1 18.85L2.88 19C2.38 19.06 2 19.5 2 20C2 20.55 2.45 21 3 21L19.12 21C20.16 21 21 20.16 21 19.12V11.72C21.6 11.38 22 10.74 22 10C22 9 21.27 8.18 20.31 8.03M15.6 17.41L12.07 17.86C12.5 17.1 12.8 16.21 12.8 15.26C12.8 12.94 10.95 11.06 8.67 11.06C8.14 11.06 7.62 11.18 7.14 11.41C6.65 11.66 6.44 12.26 6.69 12.75C6.93 13.25 7.53 13.45 8.03 13.21C8.23 13.11 8.45 13.06 8.67 13.06C9.85 13.06 10.8 14.04 10.8 15.26C10.8 16.92 9.5 18.27 7.89 18.27C5.75 18.27 4 16.47 4 14.26C4 11.36 6.29 9 9.11 9C12.77 9 15.75 12.06 15.75 15.82C15.75 16.36 15.69 16.89 15.6 17.41Z`,Ct=`M16.93 17.12L16.13 15.76L17.59 11.39L19 10.92L20 11.67C20 11.7 20 11.75 20 11.81C20 11.88 20.03 11.94 20.03 12C20.03 13.97 19.37 15.71 18.06 17.21L16.93 17.12M9.75 15L8.38 10.97L12 8.43L15.62 10.97L14.25 15H9.75M12 20.03C11.12 20.03 10.29 19.89 9.5 19.61L8.81 18.1L9.47 17H14.58L15.19 18.1L14.5 19.61C13.71 19.89 12.88 20.03 12 20.03M5.94 17.21C5.41 16.59 4.95 15.76 4.56 14.75C4.17 13.73 3.97 12.81 3.97 12C3.97 11.94 4 11.88 4 11.81C4 11.75 4 11.7 4 11.67L5 10.92L6.41 11.39L7.87 15.76L7.07 17.12L5.94 17.21M11 5.29V6.69L7 9.46L5.66 9.04L5.24 7.68C5.68 7 6.33 6.32 7.19 5.66S8.87 4.57 9.65 4.35L11 5.29M14.35 4.35C15.13 4.57 15.95 5 16.81 5.66C17.67 6.32 18.32 7 18.76 7.68L18.34 9.04L17 9.47L13 6.7V5.29L14.35 4.35M4.93 4.93C3 6.89 2 9.25 2 12S3 17.11 4.93 19.07 9.25 22 12 22 17.11 21 19.07 19.07 22 14.75 22 12 21 6.89 19.07 4.93 14.75 2 12 2 6.89 3 4.93 4.93Z`,wt=`M12.5 7C12.5 5.89 13.39 5 14.5 5H18C19.1 5 20 5.9 20 7V9.16C18.84 9.57 18 10.67 18 11.97V14H12.5V7M6 11.96V14H11.5V7C11.5 5.89 10.61 5 9.5 5H6C4.9 5 4 5.9 4 7V9.15C5.16 9.56 6 10.67 6 11.96M20.66 10.03C19.68 10.19 19 11.12 19 12.12V15H5V12C5 10.9 4.11 10 3 10S1 10.9 1 12V17C1 18.1 1.9 19 3 19V21H5V19H19V21H21V19C22.1 19 23 18.1 23 17V12C23 10.79 21.91 9.82 20.66 10.03Z`,Tt=`M12,17.27L18.18,21L16.54,13.97L22,9.24L14.81,8.62L12,2L9.19,8.62L2,9.24L7.45,13.97L5.82,21L12,17.27Z`,Et=`M19,8C19.56,8 20,8.43 20,9A1,1 0 0,1 19,10C18.43,10 18,9.55 18,9C18,8.43 18.43,8 19,8M2,2V11C2,13.96 4.19,16.5 7.14,16.91C7.76,19.92 10.42,22 13.5,22A6.5,6.5 0 0,0 20,15.5V11.81C21.16,11.39 22,10.29 22,9A3,3 0 0,0 19,6A3,3 0 0,0 16,9C16,10.29 16.84,11.4 18,11.81V15.41C18,17.91 16,19.91 13.5,19.91C11.5,19.91 9.82,18.7 9.22,16.9C12,16.3 14,13.8 14,11V2H10V5H12V11A4,4 0 0,1 8,15A4,4 0 0,1 4,11V5H6V2H2Z`,Dt=`M2,18C4.22,17 6.44,16 8.67,16C10.89,16 13.11,18 15.33,18C17.56,18 19.78,16 22,16V19C19.78,19 17.56,21 15.33,21C13.11,21 10.89,19 8.67,19C6.44,19 4.22,20 2,21V18M8.67,13C7.89,13 7.12,13.12 6.35,13.32L11.27,9.88L10.23,8.64C10.09,8.47 10,8.24 10,8C10,7.66 10.17,7.35 10.44,7.17L16.16,3.17L17.31,4.8L12.47,8.19L17.7,14.42C16.91,14.75 16.12,15 15.33,15C13.11,15 10.89,13 8.67,13M18,7A2,2 0 0,1 20,9A2,2 0 0,1 18,11A2,2 0 0,1 16,9A2,2 0 0,1 18,7Z`,Ot=`M19,18H5V6H19M21,4H3C1.89,4 1,4.89 1,6V18A2,2 0 0,0 3,20H21A2,2 0 0,0 23,18V6C23,4.89 22.1,4 21,4M7,8H13V13H7V8M14,8H17V10H14V8M17,11V16H14V11H17M7,14H13V16H7V14Z`,kt=`M15.75 19.13C14.92 19.13 14.25 18.29 14.25 17.25C14.25 16.22 14.92 15.38 15.75 15.38C16.58 15.38 17.25 16.22 17.25 17.25C17.25 18.29 16.58 19.13 15.75 19.13M12 11.25C10.76 11.25 9.75 10.41 9.75 9.38C9.75 8.34 10.76 7.5 12 7.5C13.24 7.5 14.25 8.34 14.25 9.38C14.25 10.41 13.24 11.25 12 11.25M8.25 19.13C7.42 19.13 6.75 18.29 6.75 17.25C6.75 16.22 7.42 15.38 8.25 15.38C9.08 15.38 9.75 16.22 9.75 17.25C9.75 18.29 9.08 19.13 8.25 19.13M12 8.25C12.41 8.25 12.75 8.59 12.75 9C12.75 9.41 12.41 9.75 12 9.75C11.59 9.75 11.25 9.41 11.25 9C11.25 8.59 11.59 8.25 12 8.25M18.75 12C18.43 12 18.12 12.07 17.84 12.2C17.36 11.59 16.71 11.07 15.93 10.67C16.5 9.87 16.84 8.9 16.84 7.85C16.84 7.83 16.84 7.81 16.84 7.79C17.93 7.56 18.75 6.59 18.75 5.42C18.75 4.09 17.66 3 16.33 3C15.64 3 15 3.29 14.58 3.75C13.83 3.28 12.95 3 12 3C11.05 3 10.16 3.28 9.42 3.75C9 3.29 8.36 3 7.67 3C6.34 3 5.25 4.09 5.25 5.42C5.25 6.58 6.07 7.55 7.15 7.79C7.15 7.81 7.15 7.83 7.15 7.85C7.15 8.9 7.5 9.88 8.06 10.67C7.29 11.07 6.64 11.59 6.16 12.2C5.88 12.07 5.57 12 5.25 12C4 12 3 13 3 14.25C3 15.5 4 16.5 5.25 16.5C5.27 16.5 5.29 16.5 5.31 16.5C5.27 16.74 5.25 17 5.25 17.25C5.25 19.32 6.59 21 8.25 21C9.26 21 10.15 20.37 10.7 19.41C11.12 19.47 11.55 19.5 12 19.5C12.45 19.5 12.88 19.47 13.3 19.41C13.85 20.37 14.74 21 15.75 21C17.41 21 18.75 19.32 18.75 17.25C18.75 17 18.73 16.74 18.69 16.5C18.71 16.5 18.73 16.5 18.75 16.5C20 16.5 21 15.5 21 14.25C21 13 20 12 18.75 12`,At=`M19,15H23V3H19M15,3H6C5.17,3 4.46,3.5 4.16,4.22L1.14,11.27C1.05,11.5 1,11.74 1,12V14A2,2 0 0,0 3,16H9.31L8.36,20.57C8.34,20.67 8.33,20.77 8.33,20.88C8.33,21.3 8.5,21.67 8.77,21.94L9.83,23L16.41,16.41C16.78,16.05 17,15.55 17,15V5C17,3.89 16.1,3 15,3Z`,jt=`M23,10C23,8.89 22.1,8 21,8H14.68L15.64,3.43C15.66,3.33 15.67,3.22 15.67,3.11C15.67,2.7 15.5,2.32 15.23,2.05L14.17,1L7.59,7.58C7.22,7.95 7,8.45 7,9V19A2,2 0 0,0 9,21H18C18.83,21 19.54,20.5 19.84,19.78L22.86,12.73C22.95,12.5 23,12.26 23,12V10M1,21H5V9H1V21Z`,Mt=`M18 22H6V16L10 12L6 8V2H18V8L14 12L18 16M8 7.5L12 11.5L16 7.5V4H8M12 12.5L8 16.5V20H16V16.5M14 18H10V17.2L12 15.2L14 17.2Z`,Nt=`M12.87,15.07L10.33,12.56L10.36,12.53C12.1,10.59 13.34,8.36 14.07,6H17V4H10V2H8V4H1V6H12.17C11.5,7.92 10.44,9.75 9,11.35C8.07,10.32 7.3,9.19 6.69,8H4.69C5.42,9.63 6.42,11.17 7.67,12.56L2.58,17.58L4,19L9,14L12.11,17.11L12.87,15.07M18.5,10H16.5L12,22H14L15.12,19H19.87L21,22H23L18.5,10M15.88,17L17.5,12.67L19.12,17H15.88Z`,Pt=`M11,21V16.74C10.53,16.91 10.03,17 9.5,17C7,17 5,15 5,12.5C5,11.23 5.5,10.09 6.36,9.27C6.13,8.73 6,8.13 6,7.5C6,5 8,3 10.5,3C12.06,3 13.44,3.8 14.25,5C14.33,5 14.41,5 14.5,5A5.5,5.5 0 0,1 20,10.5A5.5,5.5 0 0,1 14.5,16C14,16 13.5,15.93 13,15.79V21H11Z`,Ft=`M3,13.5L2.25,12H7.5L6.9,10.5H2L1.25,9H9.05L8.45,7.5H1.11L0.25,6H4A2,2 0 0,1 6,4H18V8H21L24,12V17H22A3,3 0 0,1 19,20A3,3 0 0,1 16,17H12A3,3 0 0,1 9,20A3,3 0 0,1 6,17H4V13.5H3M19,18.5A1.5,1.5 0 0,0 20.5,17A1.5,1.5 0 0,0 19,15.5A1.5,1.5 0 0,0 17.5,17A1.5,1.5 0 0,0 19,18.5M20.5,9.5H18V12H22.46L20.5,9.5M9,18.5A1.5,1.5 0 0,0 10.5,17A1.5,1.5 0 0,0 9,15.5A1.5,1.5 0 0,0 7.5,17A1.5,1.5 0 0,0 9,18.5Z`,It=`M8.47,5.95C8.95,5.67 9.47,5.44 10,5.28V4C10,2.9 10.87,2 11.97,1.97C13.13,2 14,2.9 14,4V5.28C14.53,5.45 15.05,5.67 15.53,5.95L13.93,8.07H10.07L8.47,5.95M19,12C19,12.5 18.95,12.95 18.86,13.4L16.33,12.62L15.14,8.96L16.74,6.85C17.17,7.25 17.55,7.7 17.88,8.2C18.67,8.13 19.43,8.25 20.11,8.59C21.14,9.12 21.84,10.13 22,11.28L19,11.64C19,11.76 19,11.88 19,12M5,12C5,11.88 5,11.76 5,11.65L2,11.28C2.16,10.13 2.86,9.12 3.89,8.59C4.57,8.25 5.34,8.13 6.08,8.26C6.41,7.75 6.79,7.28 7.24,6.87L8.86,8.95L7.67,12.62L5.14,13.4C5.05,12.95 5,12.5 5,12M10.24,9.57H13.76L14.85,12.93L12,15L9.15,12.93L10.24,9.57M8.13,14.05L11.25,16.31V18.96C10.68,18.9 10.13,18.77 9.62,18.58L8.39,21.34C7.33,20.87 6.57,19.9 6.37,18.76C6.23,18 6.35,17.24 6.69,16.56C6.24,16.04 5.87,15.46 5.59,14.82L8.13,14.05M15.87,14.05L18.41,14.82C18.13,15.46 17.76,16.04 17.31,16.56C17.65,17.24 17.77,18 17.64,18.76C17.43,19.9 16.67,20.87 15.61,21.34L14.39,18.58C13.86,18.77 13.33,18.94 12.75,19V16.31L15.87,14.05Z`,Lt=`M22 5L21.11 6.34C21.65 6.7 22 7.31 22 8V11.5L20.5 12L18.96 9.54C18.83 9.33 18.5 9.42 18.5 9.67V13.25C18.5 14.23 18.11 15.11 17.5 15.78V22H15V17C14.92 17 14.84 17 14.75 17C14.54 17 14.33 16.97 14.13 16.94L9.45 16.16L8.57 18.12L9.54 22H6.96L6.04 18.3C5.97 18.03 6 17.74 6.11 17.5L7 15.5C6.12 14.92 5.53 13.94 5.5 12.81C5.46 12.96 5.44 13.18 5.47 13.5C5.5 13.94 5.61 14.59 5.54 15.31C5.5 16.03 5.18 16.77 4.76 17.26C4.32 17.75 3.85 18.09 3.35 18.35L2.65 17.65C2.84 17.18 3.03 16.76 3.07 16.37C3.13 16 3.06 15.7 2.95 15.43L2.42 14.3C2.21 13.79 1.95 13.05 2 12.18C2.03 11.33 2.5 10.22 3.39 9.61C4.29 9 5.26 8.91 6.05 9.08C6.55 9.18 7.06 9.42 7.5 9.76C7.87 9.59 8.3 9.5 8.75 9.5H14.5V9C14.5 6.79 16.29 5 18.5 5L22 2L21 5H22Z`,Rt=`M12,4L9.91,6.09L12,8.18M4.27,3L3,4.27L7.73,9H3V15H7L12,20V13.27L16.25,17.53C15.58,18.04 14.83,18.46 14,18.7V20.77C15.38,20.45 16.63,19.82 17.68,18.96L19.73,21L21,19.73L12,10.73M19,12C19,12.94 18.8,13.82 18.46,14.64L19.97,16.15C20.62,14.91 21,13.5 21,12C21,7.72 18,4.14 14,3.23V5.29C16.89,6.15 19,8.83 19,12M16.5,12C16.5,10.23 15.5,8.71 14,7.97V10.18L16.45,12.63C16.5,12.43 16.5,12.21 16.5,12Z`,zt=`M18,13H17.32L15.32,15H17.23L19,17H5L6.78,15H8.83L6.83,13H6L3,16V20A2,2 0 0,0 5,22H19A2,2 0 0,0 21,20V16L18,13M17,7.95L12.05,12.9L8.5,9.36L13.46,4.41L17,7.95M12.76,2.29L6.39,8.66C6,9.05 6,9.68 6.39,10.07L11.34,15C11.73,15.41 12.36,15.41 12.75,15L19.11,8.66C19.5,8.27 19.5,7.64 19.11,7.25L14.16,2.3C13.78,1.9 13.15,1.9 12.76,2.29Z`,Bt=`M3.55 19.09L4.96 20.5L6.76 18.71L5.34 17.29M12 6C8.69 6 6 8.69 6 12S8.69 18 12 18 18 15.31 18 12C18 8.68 15.31 6 12 6M20 13H23V11H20M17.24 18.71L19.04 20.5L20.45 19.09L18.66 17.29M20.45 5L19.04 3.6L17.24 5.39L18.66 6.81M13 1H11V4H13M6.76 5.39L4.96 3.6L3.55 5L5.34 6.81L6.76 5.39M1 13H4V11H1M13 20H11V23H13`,Vt=`M12,21L15.6,16.2C14.6,15.45 13.35,15 12,15C10.65,15 9.4,15.45 8.4,16.2L12,21M12,3C7.95,3 4.21,4.34 1.2,6.6L3,9C5.5,7.12 8.62,6 12,6C15.38,6 18.5,7.12 21,9L22.8,6.6C19.79,4.34 16.05,3 12,3M12,9C9.3,9 6.81,9.89 4.8,11.4L6.6,13.8C8.1,12.67 9.97,12 12,12C14.03,12 15.9,12.67 17.4,13.8L19.2,11.4C17.19,9.89 14.7,9 12,9Z`,Ht=`http://www.w3.org/2000/svg`,Ut={council:ie,alert:oe,erase:ce,chart:ve,download:De,done:ye,offline:be,feedback:Be,hello:He,signOut:et,news:it,write:lt,print:ft,retry:mt,board:ht,tablet:Ot,timer:Mt,vote:zt},Wt={speaker:[{path:`M3 9h4l5-4.5v15L7 15H3z`},{path:`M15 8.5a5 5 0 0 1 0 7l-1.4-1.4a3 3 0 0 0 0-4.2z`},{path:`M17.8 5.7a9 9 0 0 1 0 12.6l-1.4-1.4a7 7 0 0 0 0-9.8z`}],speakerOff:[{path:`M3 9h4l5-4.5v15L7 15H3z`},{path:`m14.3 9.7 1.4-1.4 2.3 2.3 2.3-2.3 1.4 1.4-2.3 2.3 2.3 2.3-1.4 1.4-2.3-2.3-2.3 2.3-1.4-1.4 2.3-2.3z`}],check:[{path:`M9.5 15.6 5.4 11.5 4 12.9l5.5 5.5L20.5 7.4 19.1 6z`}],lock:[{path:`M7 10V7.5a5 5 0 0 1 10 0V10h1.5a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-13a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7.5a3 3 0 0 0-6 0zm3 4a1.8 1.8 0 0 0-1 3.3V19h2v-1.7a1.8 1.8 0 0 0-1-3.3z`,evenOdd:!0}],helper:[{circle:[8,7.5,3.5]},{path:`M1.5 21c0-4 2.9-6.5 6.5-6.5s6.5 2.5 6.5 6.5z`},{path:`M14 2.5h7.5a1 1 0 0 1 1 1v5a1 1 0 0 1-1 1H18l-3 2.5v-2.5h-1a1 1 0 0 1-1-1v-5a1 1 0 0 1 1-1z`}],smile:[{circle:[12,12,9],stroke:!0},{circle:[9,10,1.3]},{circle:[15,10,1.3]},{path:`M7.8 13.5h8.4a4.2 4.2 0 0 1-8.4 0z`}],back:[{path:`M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z`}],languages:[{path:`M3 3h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H8l-4 3.5V12H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z`},{path:`M17 8h4a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-1v3.5L16 17h-6a1 1 0 0 1-1-1v-2h5a3 3 0 0 0 3-3z`}],home:[{path:`M12 3 2 11.5h3V21h5.5v-6h3v6H19v-9.5h3z`}]};function C(e,t={}){let n=document.createElementNS(Ht,`svg`);n.setAttribute(`viewBox`,`0 0 24 24`),n.setAttribute(`aria-hidden`,`true`),n.setAttribute(`focusable`,`false`),n.setAttribute(`class`,t.mirrorInRtl?`icon icon-mirror`:`icon`);let r=e in Ut?[{path:Ut[e]}]:Wt[e];for(let e of r)if(`path`in e){let t=document.createElementNS(Ht,`path`);t.setAttribute(`d`,e.path),e.evenOdd&&t.setAttribute(`fill-rule`,`evenodd`),n.appendChild(t)}else{let t=document.createElementNS(Ht,`circle`),[r,i,a]=e.circle;t.setAttribute(`cx`,String(r)),t.setAttribute(`cy`,String(i)),t.setAttribute(`r`,String(a)),e.stroke&&(t.setAttribute(`fill`,`none`),t.setAttribute(`stroke`,`currentColor`),t.setAttribute(`stroke-width`,`2`)),n.appendChild(t)}return n}var w=[`nl`,`en`,`ar`,`ti`,`fa`,`prs`,`ps`,`so`,`tr`,`kmr`,`ckb`,`uk`,`fr`],Gt=[`ar`,`fa`,`prs`,`ps`,`ckb`],Kt={nl:[`nl`],en:[`en`],ar:[`ar`],ti:[`ti`],fa:[`fa`],prs:[`prs`,`fa-af`,`fa`],ps:[`ps`],so:[`so`],tr:[`tr`],kmr:[`kmr`,`ku`],ckb:[`ckb`],uk:[`uk`],fr:[`fr`]},qt=new Set(Gt);function T(e){return typeof e==`string`&&w.includes(e)}function E(e){return qt.has(e)?`rtl`:`ltr`}function Jt(e,t,n){let r=e;for(let e of t.split(`.`))r=typeof r==`object`&&r?r[e]:void 0;return typeof r==`string`?n?r.replace(/\{(\w+)\}/g,(e,t)=>n[t]??e):r:t}var Yt={ar:{nativeName:`العربية`,symbol:`ع`,listen:`استمع`,noVoice:`هذا الجهاز لا يستطيع القراءة بصوت عالٍ بهذه اللغة. انظر إلى الصور.`},ckb:{nativeName:`کوردی (سۆرانی)`,symbol:`ک`,listen:`گوێ بگرە`,noVoice:`ئەم تابلێتە ناتوانێت بەم زمانە بە دەنگی بەرز بخوێنێتەوە. سەیری وێنەکان بکە.`},en:{nativeName:`English`,symbol:`En`,listen:`Listen`,noVoice:`This tablet cannot read aloud in this language. Look at the pictures.`},fa:{nativeName:`فارسی`,symbol:`ف`,listen:`گوش کن`,noVoice:`این تبلت نمی‌تواند به این زبان با صدای بلند بخواند. به تصویرها نگاه کن.`},fr:{nativeName:`Français`,symbol:`Fr`,listen:`Écouter`,noVoice:`Cette tablette ne peut pas lire à voix haute dans cette langue. Regarde les images.`},kmr:{nativeName:`Kurdî (Kurmancî)`,symbol:`Ku`,listen:`Guhdarî bike`,noVoice:`Ev tablet nikare bi vî zimanî bi dengekî bilind bixwîne. Li wêneyan binêre.`},nl:{nativeName:`Nederlands`,symbol:`Ne`,listen:`Luister`,noVoice:`Deze tablet kan niet voorlezen in deze taal. Kijk naar de plaatjes.`},prs:{nativeName:`دری`,symbol:`د`,listen:`بشنو`,noVoice:`این تبلیت به این زبان با آواز بلند خوانده نمی‌تواند. به عکس‌ها نگاه کن.`},ps:{nativeName:`پښتو`,symbol:`پ`,listen:`واوره`,noVoice:`دا ټابلېټ په دې ژبه په لوړ غږ نشي لوستلی. انځورونو ته وګوره.`},so:{nativeName:`Soomaali`,symbol:`So`,listen:`Dhageyso`,noVoice:`Tablet-kan kuma akhrin karo luqaddan cod dheer. Eeg sawirrada.`},ti:{nativeName:`ትግርኛ`,symbol:`ት`,listen:`ስማዕ`,noVoice:`እዚ ታብለት ብዚ ቋንቋ ብዓው ኢሉ ከንብብ ኣይክእልን እዩ። ነቶም ስእልታት ርአ።`},tr:{nativeName:`Türkçe`,symbol:`Tü`,listen:`Dinle`,noVoice:`Bu tablet bu dilde sesli okuyamıyor. Resimlere bak.`},uk:{nativeName:`Українська`,symbol:`Ук`,listen:`Слухати`,noVoice:`Цей планшет не може читати вголос цією мовою. Дивись на малюнки.`}},Xt=`modulepreload`,Zt=function(e){return`/`+e},Qt={},$t=function(e){return e.pathname.endsWith(`.css`)},en=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},D=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Zt(t,n);let r=s(t),i=$t(r);return en(Qt,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:Xt,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})},tn=Object.assign({"../locales/ar.json":()=>D(()=>import(`./ar-CE_lUcNN.js`).then(e=>e.default),[]),"../locales/ckb.json":()=>D(()=>import(`./ckb-CuYKXBBB.js`).then(e=>e.default),[]),"../locales/en.json":()=>D(()=>import(`./en-Bu86r_6_.js`).then(e=>e.default),[]),"../locales/fa.json":()=>D(()=>import(`./fa-CJFgn8Ra.js`).then(e=>e.default),[]),"../locales/fr.json":()=>D(()=>import(`./fr-D_A55zA2.js`).then(e=>e.default),[]),"../locales/kmr.json":()=>D(()=>import(`./kmr-0i31KNJb.js`).then(e=>e.default),[]),"../locales/nl.json":()=>D(()=>import(`./nl-C-RSue6h.js`).then(e=>e.default),[]),"../locales/prs.json":()=>D(()=>import(`./prs-BpcYGirA.js`).then(e=>e.default),[]),"../locales/ps.json":()=>D(()=>import(`./ps-DNGRmAJ0.js`).then(e=>e.default),[]),"../locales/so.json":()=>D(()=>import(`./so-DnNsIS42.js`).then(e=>e.default),[]),"../locales/ti.json":()=>D(()=>import(`./ti-BOdgCVIh.js`).then(e=>e.default),[]),"../locales/tr.json":()=>D(()=>import(`./tr-CxUvh0MN.js`).then(e=>e.default),[]),"../locales/uk.json":()=>D(()=>import(`./uk-hROjwsBw.js`).then(e=>e.default),[])}),nn=`jeugdstem.language`,rn=`nl`,an,on=new Set;function sn(e){let t=Yt[e];if(!t)throw Error(`no locale file for ${e}`);return t}function O(){return rn}function k(e,t){return Jt(an,e,t)}async function A(e,t={}){let n=tn[`../locales/${e}.json`];if(!n)throw Error(`no locale file for ${e}`);let r=await n();rn=e,an=r,i(e);let a=document.documentElement;a.lang=e,a.dir=E(e),(t.remember??!0)&&un(e);for(let t of on)t(e)}function cn(){try{let e=globalThis.localStorage?.getItem(nn);return T(e)?e:void 0}catch{return}}function ln(e=globalThis.navigator?.languages??[]){let t=cn();if(t)return t;for(let t of e){let e=t.toLowerCase().split(`-`)[0],n=w.find(t=>t===e);if(n)return n}return`nl`}function un(e){try{globalThis.localStorage?.setItem(nn,e)}catch{}}function dn(){try{globalThis.localStorage?.removeItem(nn)}catch{}}var j;function fn(){window.addEventListener(`offline`,mn),window.addEventListener(`jeugdstem:network-lost`,mn),window.addEventListener(`online`,hn),window.addEventListener(`jeugdstem:network-back`,hn),navigator.onLine||mn(),`serviceWorker`in navigator&&(document.readyState===`complete`?pn():window.addEventListener(`load`,pn,{once:!0}))}function pn(){navigator.serviceWorker.register(`/sw.js`,{scope:`/`}).then(()=>navigator.serviceWorker.ready).then(e=>{let t=performance.getEntriesByType(`resource`).map(e=>e.name).filter(e=>new URL(e).pathname.startsWith(`/assets/`));e.active?.postMessage({type:`keep`,urls:t})}).catch(()=>void 0)}function mn(){j||(j=S(`div`,{class:`offline-screen`,role:`status`},S(`span`,{class:`offline-picture`},C(`offline`)),S(`div`,{},S(`p`,{class:`offline-title`},k(`offline.title`)),S(`p`,{},k(`offline.text`)))),document.body.append(j))}function hn(){j?.remove(),j=void 0}function gn(){let e=typeof globalThis.speechSynthesis==`object`?globalThis.speechSynthesis:void 0,t=typeof globalThis.SpeechSynthesisUtterance==`function`?globalThis.SpeechSynthesisUtterance:void 0;return{engine:e,makeUtterance:t?e=>new t(e):void 0}}function _n(e,t){for(let n of Kt[t]){let t=e.filter(e=>{let t=e.lang.toLowerCase().replace(/_/g,`-`);return t===n||t.startsWith(`${n}-`)});if(t.length>0)return t.find(e=>e.localService)??t[0]}}async function vn(e,t){let n=e.getVoices();return n.length>0||!e.addEventListener?n:new Promise(n=>{let r=()=>{clearTimeout(i),e.removeEventListener?.(`voiceschanged`,r),n(e.getVoices())},i=setTimeout(r,t);e.addEventListener?.(`voiceschanged`,r)})}async function yn(e,t,n={}){let r=gn(),i=`engine`in n?n.engine:r.engine,a=`makeUtterance`in n?n.makeUtterance:r.makeUtterance;if(!i||!a)return`unsupported`;try{let r=_n(await vn(i,n.voicesTimeoutMs??1500),t);if(!r)return`no-voice`;let o=a(e);return o.voice=r,o.lang=r.lang,o.rate=.9,i.cancel(),i.speak(o),`spoken`}catch{return`unsupported`}}function M(e=gn().engine){try{e?.cancel()}catch{}}function bn(e=Cn()){return Sn(e,`jeugdstem.idleSeconds`)??12e4}function xn(e=Cn()){return Sn(e,`jeugdstem.pinClearSeconds`)??2e4}function Sn(e,t){let n=e?.getItem(t),r=n?Number(n):NaN;return Number.isFinite(r)&&r>=1?r*1e3:void 0}function Cn(){try{return globalThis.localStorage}catch{return}}var wn=[`pointerdown`,`keydown`,`touchstart`,`wheel`,`input`,`scroll`];function Tn(e){let t=e.target??document,n=Math.min(e.warnBeforeMs??2e4,e.timeoutMs/4),r,i,a=!1,o=!1,s=()=>{clearTimeout(r),clearTimeout(i),o||(r=setTimeout(()=>{a=!0,e.onWarn?.()},e.timeoutMs-n),i=setTimeout(()=>{l(),e.onIdle()},e.timeoutMs))},c=()=>{a&&(a=!1,e.onActive?.()),s()},l=()=>{o=!0,clearTimeout(r),clearTimeout(i);for(let e of wn)t.removeEventListener(e,c,{capture:!0})};for(let e of wn)t.addEventListener(e,c,{capture:!0,passive:!0});return s(),l}var N,P,F,En,I,Dn=e=>location.assign(e);function On(e){N=e}function kn(){return N}function An(e){Dn=e.navigate}function jn(e){N=void 0,x(e),P?.(),P=Tn({timeoutMs:bn(),onWarn:Pn,onActive:z,onIdle:()=>void R()})}function Mn(){P?.();let e=Tn({timeoutMs:bn(),onWarn:Pn,onActive:z,onIdle:()=>void R()});return P=e,()=>{e(),P===e&&(P=void 0),z()}}function L(e){En=e}function Nn(){let e=En;e?Fn(e):R()}async function R(){P?.(),P=void 0,En=void 0,In(),z(),M(),N=void 0,b().kind===`youth`&&await te(),dn(),await A(ln(),{remember:!1}).catch(()=>void 0),Dn(`/`)}function Pn(){z(),F=S(`div`,{class:`idle-warning`,role:`alert`},S(`span`,{class:`idle-warning-icon`},C(`timer`)),S(`p`,{},k(`youth.idleWarning`)),S(`button`,{type:`button`,class:`button button-primary`,on:{click:z}},C(`hello`),S(`span`,{},k(`youth.stillHere`)))),document.body.append(F)}function Fn(e){In();let t=S(`div`,{class:`end-dialog-problem`,role:`alert`}),n=S(`button`,{type:`button`,class:`button button-primary end-send`},C(`vote`),S(`span`,{},k(`youth.unsentSend`))),r=S(`button`,{type:`button`,class:`button button-secondary end-discard`},C(`signOut`,{mirrorInRtl:!0}),S(`span`,{},k(`youth.unsentDiscard`))),i=S(`button`,{type:`button`,class:`button button-secondary end-stay`},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`youth.unsentStay`)));n.addEventListener(`click`,()=>{for(let e of[n,r,i])e.disabled=!0;e.send().then(e=>{if(e)return R();t.replaceChildren(C(`offline`),S(`p`,{},k(`common.offline`)));for(let e of[n,r,i])e.disabled=!1})}),r.addEventListener(`click`,()=>void R()),i.addEventListener(`click`,In),I=S(`div`,{class:`end-dialog-backdrop`},S(`div`,{class:`end-dialog`,role:`alertdialog`,"aria-modal":`true`,"aria-labelledby":`end-dialog-title`,"aria-describedby":`end-dialog-text`},S(`span`,{class:`screen-pictogram`},C(`vote`)),S(`h2`,{id:`end-dialog-title`,tabindex:`-1`},k(`youth.unsentTitle`)),S(`p`,{id:`end-dialog-text`},k(`youth.unsentText`)),t,S(`div`,{class:`end-dialog-actions`},n,r,i))),I.addEventListener(`keydown`,e=>{e.key===`Escape`&&In()}),document.body.append(I),n.focus()}function In(){I?.remove(),I=void 0}function z(){F?.remove(),F=void 0}var Ln=`http://www.w3.org/2000/svg`,Rn=`M2.5 2.5 8 7h8l5.5-4.5-1 8.5c-.6 5-4.4 8.7-8.5 10.5-4.1-1.8-7.9-5.5-8.5-10.5zM8.2 11.2a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm7.6 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zM12 16.2l-1.6 1.3h3.2z`,zn=`M12 1.5 14 3.6l2.8-.8.8 2.8 2.8.8-.8 2.8L21.7 11l-2.1 2 .8 2.8-2.8.8-.8 2.8-2.8-.8L12 20.7l-2-2.1-2.8.8-.8-2.8-2.8-.8.8-2.8L2.3 11l2.1-2-.8-2.8 2.8-.8.8-2.8 2.8.8zM12 5.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zm-2.2 3.6a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2zm4.4 0a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2zM12 12.6l-1.5 1.2 1.5 1.2 1.5-1.2z`;function B(e,t=`icon`){let n=document.createElementNS(Ln,`svg`);n.setAttribute(`viewBox`,`0 0 24 24`),n.setAttribute(`aria-hidden`,`true`),n.setAttribute(`focusable`,`false`),n.setAttribute(`class`,t);let r=document.createElementNS(Ln,`path`);return r.setAttribute(`d`,e),r.setAttribute(`fill-rule`,`evenodd`),n.appendChild(r),n}var Bn={fox:{path:Rn},owl:{path:at},cat:{path:_e},bee:{path:de},lion:{path:zn},turtle:{path:It},fish:{path:Le},bird:{path:fe},rabbit:{path:pt},dog:{path:we},penguin:{path:ut},elephant:{path:Ae},horse:{path:qe},panda:{path:st},koala:{path:Ze},dolphin:{path:Te},butterfly:{path:he},ladybug:{path:Qe},snail:{path:St},duck:{path:Oe},cow:{path:xe},sheep:{path:yt},unicorn:{path:Lt},kangaroo:{path:Ye},teddy:{path:kt}},Vn=Object.keys(Bn);function Hn(e){return Object.hasOwn(Bn,e)}function V(e,t=`avatar`){let n=Hn(e)?Bn[e]:{path:se},r=document.createElement(`span`);return r.className=`${t} avatar-${Hn(e)?e:`unknown`}`,r.setAttribute(`aria-hidden`,`true`),r.appendChild(B(n.path)),r}var H=[{key:`sun`,path:Bt},{key:`moon`,path:rt},{key:`star`,path:Tt},{key:`tree`,path:Pt},{key:`flower`,path:Re},{key:`house`,path:We},{key:`ball`,path:Ct},{key:`car`,path:ge},{key:`heart`,path:Ue}];function Un(e,t=`pin-picture`){let n=H[e]??H[0],r=document.createElement(`span`);return r.className=`${t} pin-picture-${n.key}`,r.setAttribute(`aria-hidden`,`true`),r.appendChild(B(n.path)),r}var Wn={"smiley-1":je,"smiley-2":Fe,"smiley-3":Pe,"smiley-4":Ne,"smiley-5":Me,"thumbs-up":jt,"thumbs-down":At,yes:jt,no:At,rice:gt,pasta:ct,soup:dt,pancakes:Se,swim:Dt,zoo:Ae,craft:ot,football:Ct,homework:pe,language:Nt,laptop:$e,quiet:Rt,wifi:Vt,privacy:Ie,sport:le,food:ze,play:vt,school:_t,sleep:ue,shower:xt,health:tt,safety:bt,home:We},Gn=Object.keys(Wn),U={SAFETY:bt,PRIVACY:Ce,HOUSING_HYGIENE:xt,PLAY_ACTIVITIES:vt,EDUCATION:_t,HEALTH_WELLBEING:tt,TRUSTED_ADULT:Ve,FOOD:ze,PARENT_SUPPORT:ae,INFORMATION_PARTICIPATION:me,STABILITY:Ft,OTHER:Ee},Kn=Object.keys(U),qn={PLAY:vt,STUDY:pe,OUTDOOR:Pt,SANITARY:xt,SLEEPING:ue,KITCHEN:dt,HEALTH:Je,COMMON:wt,OTHER:Ge};function W(e,t,n=`icon`){return B(e&&Wn[e]||(t&&t in U?U[t]:void 0)||`M11,9H13V7H11M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20,12C20,16.41 16.41,20 12,20M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M11,17H13V11H11V17Z`,n)}function G(e,t=`icon`){return B(e in U?U[e]:Ee,t)}function K(e,t=`icon`){return B(e in qn?qn[e]:Ge,t)}function Jn(e=`speak-note`){return S(`p`,{class:e,role:`status`})}function q(e){let t=e.note??Jn();return{button:S(`button`,{type:`button`,class:e.className??`button button-secondary`,on:{click:()=>{yn(e.text(),e.language,e.speech).then(n=>{n===`spoken`?(t.replaceChildren(),t.classList.remove(`is-visible`)):(t.lang=e.language,e.direction?t.dir=e.direction:t.removeAttribute(`dir`),t.replaceChildren(C(`speakerOff`),S(`span`,{},e.noVoiceNote)),t.classList.add(`is-visible`))})}}},C(`speaker`),e.visibleLabel===!1?S(`span`,{class:`visually-hidden`,dir:e.direction},e.label):S(`span`,{dir:e.direction},e.label)),note:t}}function J(e,...t){let n=b(),r=q({text:e.readAloud,language:O(),label:k(`youth.readAloud`),noVoiceNote:k(`language.noVoice`),className:`button button-secondary youth-read`});return S(`div`,{class:`screen youth-screen ${e.className??``}`.trim()},S(`div`,{class:`youth-bar`},S(`div`,{class:`youth-bar-turn`},S(`button`,{type:`button`,class:`button button-end`,on:{click:Nn}},C(`signOut`,{mirrorInRtl:!0}),S(`span`,{},k(`youth.done`))),n.kind===`youth`&&S(`p`,{class:`youth-who`},V(n.avatar,`avatar avatar-small`),S(`bdi`,{},n.pseudonym))),S(`div`,{class:`youth-bar-actions`},r.button,e.home&&S(`a`,{class:`button button-secondary`,href:`/home`,"data-link":!0},C(`home`),S(`span`,{},k(`youth.home`))))),r.note,...t)}function Yn(e){return{title:()=>k(`home.title`),render(t){let n=b(),r=k(`home.greeting`,{name:`\u2068${n.kind===`youth`?n.pseudonym:``}\u2069`}),i=[[`lock`,`promises.secretVotes`],[`helper`,`promises.moderatorReads`]];return t.append(J({className:`home-screen`,readAloud:()=>[r,...e.map(e=>`${k(e.label)}. ${k(e.hint)}`),...i.map(([,e])=>k(e))].join(` `)},S(`header`,{class:`screen-header`},S(`h1`,{tabindex:`-1`},r),S(`p`,{class:`screen-hint`},k(`home.hint`))),S(`ul`,{class:`home-tiles`,role:`list`},...e.map(e=>S(`li`,{},S(`a`,{class:`home-tile`,href:e.path,"data-link":!0},S(`span`,{class:`home-tile-icon`},C(e.icon)),S(`span`,{class:`home-tile-label`},k(e.label)),S(`span`,{class:`home-tile-hint`},k(e.hint)))))),S(`ul`,{class:`home-promises`,role:`list`},...i.map(([e,t])=>S(`li`,{},S(`span`,{class:`home-promise-icon`},C(e)),S(`p`,{},k(t))))))),()=>M()}}}function Xn(e){return{title:()=>k(`languageScreen.title`),render(t){let n=cn(),r=O(),i=!1,a=Jn(`speak-note speak-note-floating`),o=w.map(t=>{let o=sn(t),s=t===n,c=q({text:()=>o.nativeName,language:t,direction:E(t),label:`${o.listen}: ${o.nativeName}`,visibleLabel:!1,noVoiceNote:o.noVoice,className:`language-listen`,note:a});return S(`li`,{class:s?`language-card is-chosen`:`language-card`,lang:t},S(`button`,{type:`button`,class:`language-choose`,"aria-current":s?`true`:void 0,on:{click:()=>{i||(i=!0,e.choose(t).finally(()=>{i=!1}))}}},S(`span`,{class:`language-symbol`,"aria-hidden":`true`},o.symbol),S(`span`,{class:`language-name`,dir:E(t)},o.nativeName),s&&S(`span`,{class:`language-chosen-mark`},C(`check`),re(k(`languageScreen.chosen`),r))),c.button)});t.append(S(`div`,{class:`screen language-screen`},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`languages`)),S(`h1`,{tabindex:`-1`},k(`languageScreen.title`)),S(`p`,{class:`screen-hint`},k(`languageScreen.hint`))),S(`ul`,{class:`language-grid`,role:`list`},...o),a))}}}function Zn(){return{title:()=>k(`notFound.title`),render(e){e.append(S(`div`,{class:`screen not-found-screen`},S(`header`,{class:`screen-header`},S(`h1`,{tabindex:`-1`},k(`notFound.title`))),S(`a`,{class:`button button-primary`,href:`/`,"data-link":!0},C(`home`),S(`span`,{},k(`notFound.home`)))))}}}var Qn=p(`
  query TabletMembers {
    tabletMembers {
      id
      pseudonym
      avatar
    }
  }
`);function $n(e){return{title:()=>k(`avatars.title`),render(t){let r=new AbortController,i=Mn(),o=S(`div`,{class:`avatar-body`,"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`))),s=q({text:()=>o.innerText,language:O(),label:k(`youth.readAloud`),noVoiceNote:k(`language.noVoice`)});t.append(S(`div`,{class:`screen avatar-screen`},S(`div`,{class:`youth-bar`},S(`a`,{class:`button button-secondary`,href:`/`,"data-link":!0},C(`languages`),S(`span`,{},k(`avatars.language`))),S(`div`,{class:`youth-bar-actions`},s.button)),s.note,o));let c=(...e)=>{o.removeAttribute(`aria-busy`),o.replaceChildren(...e.filter(e=>!!e)),o.querySelector(`h1`)?.focus()},l=async()=>{try{let{tabletMembers:t}=await a(Qn,{},{signal:r.signal});if(t.length===0){c(er(`tablet`,k(`avatars.title`),k(`avatars.empty`)));return}let n=t.map(t=>S(`li`,{},S(`button`,{type:`button`,class:`avatar-card`,"data-member":t.id,on:{click:()=>{On(t),e.navigate(`/pin`)}}},V(t.avatar,`avatar avatar-large`),S(`bdi`,{class:`avatar-name`},t.pseudonym))));c(S(`header`,{class:`screen-header`},S(`h1`,{tabindex:`-1`},k(`avatars.title`)),S(`p`,{class:`screen-hint`},k(`avatars.hint`))),S(`ul`,{class:`avatar-grid`,role:`list`},...n))}catch(e){if(r.signal.aborted)return;let t=e instanceof n?e.code:`INTERNAL`;t===`FORBIDDEN`||t===`UNAUTHENTICATED`?c(tr()):c(er(`offline`,k(`common.problemTitle`),k(`common.offline`)),S(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void l()}},C(`retry`),S(`span`,{},k(`common.retry`))))}};return l(),()=>{r.abort(),i(),M()}}}}function er(e,t,n){return S(`header`,{class:`screen-header message`},S(`span`,{class:`screen-pictogram`},C(e)),S(`h1`,{tabindex:`-1`},t),S(`p`,{class:`screen-hint`},n))}function tr(){return S(`div`,{class:`not-a-tablet`},er(`tablet`,k(`notATablet.title`),k(`notATablet.text`)),S(`a`,{class:`button button-secondary`,href:`/staff/sign-in`,"data-link":!0},C(`helper`),S(`span`,{},k(`notATablet.staff`))))}var nr=p(`
  mutation YouthLogin($memberID: ID!, $pin: [Int!]!) {
    youthLogin(memberID: $memberID, pin: $pin) {
      id
      pseudonym
      avatar
      language
    }
  }
`);function rr(e){return{title:()=>k(`pin.title`),render(t){let r=kn();if(!r){queueMicrotask(()=>e.navigate(`/start`,{replace:!0}));return}let i=[],o=!1,s,c,l=Mn(),u=S(`ol`,{class:`pin-dots`,"aria-hidden":`true`}),d=S(`p`,{class:`visually-hidden`,"aria-live":`polite`}),f=S(`div`,{class:`pin-feedback`,role:`alert`}),p=()=>{u.replaceChildren(...Array.from({length:4},(e,t)=>S(`li`,{class:t<i.length?`pin-dot is-filled`:`pin-dot`}))),d.textContent=k(`pin.progress`,{count:String(i.length),total:`4`}),clearTimeout(c),i.length>0&&(c=setTimeout(()=>{o||(i=[],p())},xn()))},m=(e,t,...n)=>{f.className=`pin-feedback is-${t}`,f.replaceChildren(C(t===`locked`?`lock`:t===`info`?`smile`:`alert`),S(`div`,{},S(`p`,{},k(e)),...n))},h=e=>S(`p`,{class:`pin-tries`},S(`span`,{},k(`pin.triesLeft`,{count:String(e)})),S(`span`,{class:`pin-tries-pictures`,"aria-hidden":`true`},...Array.from({length:e},()=>Un(2,`pin-try`)))),g=H.map((e,t)=>S(`button`,{type:`button`,class:`pin-key`,"data-pin":String(t),"aria-label":k(`pin.pictures.${e.key}`),on:{click:()=>te(t)}},Un(t))),_=S(`button`,{type:`button`,class:`button button-secondary pin-erase`,on:{click:()=>{i=i.slice(0,-1),p()}}},C(`erase`,{mirrorInRtl:!0}),S(`span`,{},k(`pin.erase`))),v=S(`div`,{class:`pin-keypad`,dir:`ltr`,role:`group`,"aria-label":k(`pin.keypad`)},...g),y=e=>{for(let t of[...g,_])t.disabled=e},b=e=>e===void 0||e<1?[]:[e===1?S(`p`,{class:`pin-lock-left is-last`},k(`pin.lastTry`)):S(`p`,{class:`pin-lock-left`},k(`pin.triesBeforeLock`,{count:String(e)}))],x=(e,t,n)=>{s!==void 0&&clearInterval(s);let r=Math.max(1,Math.ceil(e)),i=S(`span`,{class:`pin-timer`,role:`timer`},String(r));f.className=`pin-feedback is-pause`,f.replaceChildren(C(`timer`),S(`div`,{},...t?[S(`p`,{},k(t))]:[],S(`p`,{},k(`pin.pause`)),...b(n)),i),y(!0),s=setInterval(()=>{--r,i.textContent=String(Math.max(r,0)),r>0||(clearInterval(s),s=void 0,y(!1),m(`pin.tryAgainNow`,`info`,...b(n)))},1e3)},ee=async()=>{o=!0,y(!0);let t=i;try{let{youthLogin:n}=await a(nr,{memberID:r.id,pin:t});On(void 0),jn({kind:`youth`,...n}),e.navigate(`/home`,{replace:!0});return}catch(e){let t=e instanceof n?e.code:`INTERNAL`,r=e instanceof n?e.errors[0]:void 0;switch(i=[],p(),t){case`FORBIDDEN`:m(`pin.locked`,`locked`),v.hidden=!0,_.hidden=!0;return;case`UNAUTHENTICATED`:if(r?.retryAfter){x(r.retryAfter,`pin.wrong`,r.triesBeforeLock);return}r?.triesLeft?m(`pin.wrong`,`error`,h(r.triesLeft)):m(`pin.wrong`,`error`,...b(r?.triesBeforeLock));break;case`RATE_LIMITED`:if(r?.retryAfter){x(r.retryAfter,void 0,r.triesBeforeLock);return}m(`pin.wait`,`error`);break;case`NOT_FOUND`:m(`pin.notFound`,`error`);break;default:m(`common.offline`,`error`)}}finally{o=!1}y(!1)},te=e=>{o||s!==void 0||i.length>=4||(i.length===0&&f.replaceChildren(),i=[...i,e],p(),i.length===4&&ee())},ne=q({text:()=>[k(`pin.title`),k(`pin.hint`),f.textContent??``].join(` `),language:O(),label:k(`youth.readAloud`),noVoiceNote:k(`language.noVoice`)});return p(),t.append(S(`div`,{class:`screen pin-screen`},S(`div`,{class:`youth-bar`},S(`a`,{class:`button button-secondary`,href:`/start`,"data-link":!0},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`pin.otherAvatar`))),S(`div`,{class:`youth-bar-actions`},ne.button)),ne.note,S(`header`,{class:`screen-header pin-header`},V(r.avatar,`avatar avatar-large`),S(`h1`,{tabindex:`-1`},S(`bdi`,{},r.pseudonym)),S(`p`,{class:`screen-hint`},k(`pin.hint`))),u,d,S(`div`,{class:`pin-feedback-slot`},f),v,S(`div`,{class:`pin-actions`},_))),()=>{s!==void 0&&clearInterval(s),clearTimeout(c),i=[],l(),M()}}}}function ir(e,t){return Intl.DateTimeFormat.supportedLocalesOf([t]).length>0?new Intl.DateTimeFormat(t,{day:`numeric`,month:`long`,year:`numeric`}).format(e):new Intl.DateTimeFormat(`en-GB`,{day:`numeric`,month:`numeric`,year:`numeric`}).format(e).replace(/\//g,`-`)}function ar(e,t=[]){let n=[];for(let r of[e,...t,`nl`,`en`])T(r)&&!n.includes(r)&&n.push(r);return n}function or(e,t,n=[]){if(e&&e.length!==0){for(let r of ar(t,n)){let t=e.find(e=>e.lang===r&&e.text.trim()!==``);if(t)return t}return e.find(e=>e.text.trim()!==``)}}function Y(e){if(e===O())return;let t=T(e)?sn(e).nativeName:e,[n,r=``]=k(`youth.shownIn`).split(`{language}`),i=O();return S(`span`,{class:`fallback-note`,"data-lang":e,lang:i,dir:E(i)},n??``,S(`bdi`,X(e),t),r)}function X(e){return{lang:e,dir:T(e)?E(e):`auto`}}var sr=p(`
  query OpenPolls {
    openPolls {
      id
      kind
      theme
      maxChoices
      closesAt
      voted
      question {
        text
        lang
      }
      description {
        text
        lang
      }
      options {
        id
        pictogram
        position
        label {
          text
          lang
        }
        candidate {
          pseudonym
          avatar
          withdrawn
          me
        }
      }
    }
  }
`),cr=p(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      pollID
      accepted
    }
  }
`),lr=p(`
  query PublishedPolls {
    publishedPolls {
      id
      kind
      theme
      voted
      whatWeDid {
        text
        language
        status
        reason
        commitmentDate
      }
      question {
        text
        lang
      }
      options {
        id
        pictogram
        position
        label {
          text
          lang
        }
      }
      results {
        minGroupSize
        turnout
        turnoutSuppressed
        countsVisible
        options {
          optionID
          count
          suppressed
        }
      }
    }
  }
`);async function ur(){let{publishedPolls:e}=await a(lr);return e}async function dr(){let{openPolls:e}=await a(sr);return e}function fr(){let e=globalThis.crypto;if(typeof e?.randomUUID==`function`)return e.randomUUID();let t=e.getRandomValues(new Uint8Array(16));return Array.from(t,e=>e.toString(16).padStart(2,`0`)).join(``)}async function pr(e,t,r){for(let i=2e3;;i=Math.min(2*i,3e4)){try{return await a(cr,{input:e})}catch(e){if(!(e instanceof n&&(e.code===`NETWORK`||e.code===`UNAVAILABLE`))||r.aborted)throw e}if(t(),await new Promise(e=>{let t=()=>{clearTimeout(n),window.removeEventListener(`online`,t),r.removeEventListener(`abort`,t),e()},n=setTimeout(t,i);window.addEventListener(`online`,t),r.addEventListener(`abort`,t)}),r.aborted)throw new DOMException(`the ballot was not sent`,`AbortError`)}}var mr={IN_PROGRESS:`timer`,DONE:`done`,NOT_POSSIBLE:`alert`};function hr(e){if(e.length!==0)return S(`section`,{class:`results-section`,"aria-labelledby":`results-title`},S(`h2`,{id:`results-title`},C(`chart`),S(`span`,{},k(`results.title`))),S(`p`,{class:`screen-hint`},k(`results.hint`)),S(`ul`,{class:`result-cards`,role:`list`},...e.map(gr)))}function gr(e){let t=[...e.options].sort((e,t)=>e.position-t.position),n=new Map(e.results.options.map(e=>[e.optionID,e.count??void 0])),r=[...n.values()].filter(e=>e!==void 0),i=e.results.turnout??Math.max(1,...r),a=r.length===t.length&&r.length>0?Math.max(...r):void 0,o=a!==void 0&&a>0&&r.filter(e=>e===a).length===1?a:void 0,s=e.results.turnout!==null&&e.results.turnout!==void 0?k(`results.turnout`,{count:String(e.results.turnout)}):k(`results.turnoutHidden`),c=q({text:()=>[e.question.text,s,...t.map(t=>{let r=n.get(t.id);return`${yr(e,t).text}: ${r===void 0?k(`results.hidden`):k(`results.count`,{count:String(r)})}`}),...e.whatWeDid?[k(`results.whatWeDid`),...vr(e.whatWeDid)]:[]].join(`. `),language:O(),label:k(`results.listen`),noVoiceNote:k(`language.noVoice`),className:`button button-secondary result-listen`});return S(`li`,{class:`result-card`,"data-poll":e.id},S(`div`,{class:`result-head`},S(`span`,{class:`result-theme`},G(e.theme)),S(`h3`,{...X(e.question.lang)},e.question.text),c.button),c.note,S(`p`,{class:`result-turnout`},C(`vote`),S(`span`,{},s),e.voted&&S(`span`,{class:`result-voted`},C(`done`),S(`span`,{},k(`results.youVoted`)))),r.length===0&&S(`p`,{class:`result-all-hidden`},C(`lock`),S(`span`,{},k(`results.allHidden`))),S(`ul`,{class:`result-options`,role:`list`},...t.map(t=>{let r=n.get(t.id),a=yr(e,t),s=o!==void 0&&r===o;return S(`li`,{class:s?`result-option is-most`:`result-option`,"data-option":t.id,"data-count":r===void 0?`suppressed`:String(r)},S(`span`,{class:`result-pictogram`},W(t.pictogram,e.theme)),S(`span`,{class:`result-answer`},S(`span`,{class:`result-label`,...a.attrs},a.text),S(`span`,{class:`result-bar bar-${r===void 0?`hidden`:Math.round(10*r/Math.max(1,i))}`,"aria-hidden":`true`})),r===void 0?S(`span`,{class:`result-count is-hidden`},C(`lock`),S(`span`,{},k(`results.hidden`))):S(`span`,{class:`result-count`},k(`results.count`,{count:String(r)})),s&&S(`span`,{class:`result-most`},C(`done`),S(`span`,{},k(`results.most`))))})),e.whatWeDid&&_r(e.whatWeDid))}function _r(e){let[t,...n]=vr(e);return S(`div`,{class:`result-did status-${e.status.toLowerCase()}`,"data-status":e.status},S(`p`,{class:`result-did-label`},C(`board`),S(`span`,{},k(`results.whatWeDid`))),S(`p`,{class:`result-did-status`},C(mr[e.status]),S(`span`,{},t)),S(`p`,{class:`result-did-text`,...X(e.language)},n[0]),Y(e.language),e.reason&&S(`p`,{class:`result-did-reason`,...X(e.language)},e.reason),e.commitmentDate&&S(`p`,{class:`result-did-date`},n[n.length-1]))}function vr(e){return[k(`board.status.${e.status}`),e.text,...e.reason?[e.reason]:[],...e.commitmentDate?[k(`board.commitment`,{date:ir(new Date(e.commitmentDate),O())})]:[]]}function yr(e,t){return e.kind===`SMILEY_SCALE`?{text:k(`vote.smileys.${/^smiley-([1-5])$/.exec(t.pictogram??``)?.[1]??String(Math.min(5,t.position+1))}`),attrs:{}}:{text:t.label.text,attrs:X(t.label.lang)}}function Z(e){return e instanceof n&&(e.code===`UNAUTHENTICATED`||e.code===`FORBIDDEN`)&&window.dispatchEvent(new Event(`jeugdstem:signed-out`)),e instanceof n&&e.code===`RATE_LIMITED`?br():S(`div`,{class:`youth-problem`,role:`alert`},C(`offline`),S(`p`,{},k(`common.offline`)),S(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>location.reload()}},C(`retry`),S(`span`,{},k(`common.retry`))))}function br(){return S(`div`,{class:`youth-problem youth-slow-down`,role:`status`},C(`timer`),S(`p`,{},k(`youth.slowDown`)))}var xr=p(`
  query ThreadBoard {
    threadBoard {
      id
      title
      theme
      status
      meTooCount
      supportedByMe
      startedByMe
      area {
        kind
        localName {
          lang
          text
        }
      }
      latestResponse {
        text
        language
        status
        reason
        commitmentDate
      }
    }
  }
`),Sr=p(`
  mutation MeToo($threadID: ID!) {
    meToo(threadID: $threadID) {
      id
      meTooCount
      supportedByMe
    }
  }
`),Cr=p(`
  mutation WithdrawMeToo($threadID: ID!) {
    withdrawMeToo(threadID: $threadID) {
      id
      meTooCount
      supportedByMe
    }
  }
`);function wr(){return{title:()=>k(`board.title`),render(e){let t=S(`div`,{class:`board-body`,"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`))),n=S(`div`,{class:`board-results`});return e.append(J({home:!0,className:`board-screen`,readAloud:()=>`${k(`board.title`)}. ${n.innerText} ${t.innerText}`},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`board`)),S(`h1`,{tabindex:`-1`},k(`board.title`)),S(`p`,{class:`screen-hint`},k(`board.hint`))),n,t)),a(xr).then(({threadBoard:e})=>{t.removeAttribute(`aria-busy`),t.replaceChildren(e.length===0?S(`p`,{class:`empty`},k(`board.empty`)):S(`ul`,{class:`board-list`,role:`list`},...e.map(Er)))},e=>t.replaceChildren(Z(e))),ur().then(e=>n.replaceChildren(...[hr(e)].filter(e=>!!e)),()=>void 0),()=>M()}}}var Tr={OPEN:`board.status.OPEN`,IN_PROGRESS:`board.status.IN_PROGRESS`,DONE:`board.status.DONE`,NOT_POSSIBLE:`board.status.NOT_POSSIBLE`,CLOSED:`board.status.CLOSED`};function Er(e){let t=e.area?.localName,r=e.latestResponse,i=S(`span`,{class:`me-too-count`},String(e.meTooCount)),o=S(`button`,{type:`button`,class:`button button-secondary me-too`,"aria-pressed":String(e.supportedByMe),disabled:e.startedByMe,on:{click:()=>{let t=o.getAttribute(`aria-pressed`)===`true`;o.disabled=!0,(t?a(Cr,{threadID:e.id}).then(e=>e.withdrawMeToo):a(Sr,{threadID:e.id}).then(e=>e.meToo)).then(e=>{i.textContent=String(e.meTooCount),o.setAttribute(`aria-pressed`,String(e.supportedByMe)),o.disabled=!1},e=>{o.disabled=!1,e instanceof n&&e.code===`UNAUTHENTICATED`&&window.dispatchEvent(new Event(`jeugdstem:signed-out`)),e instanceof n&&e.code===`RATE_LIMITED`&&!o.nextElementSibling?.classList.contains(`youth-slow-down`)&&o.after(br())})}}},C(`hello`),S(`span`,{},e.startedByMe?k(`board.yours`):k(`board.meToo`)),i);return S(`li`,{class:`board-card status-${e.status.toLowerCase()}`,"data-thread":e.id},S(`div`,{class:`board-card-head`},S(`span`,{class:`board-theme`},G(e.theme)),S(`div`,{},S(`h2`,{dir:`auto`},e.title),t&&S(`p`,{class:`board-area`},e.area&&K(e.area.kind),S(`span`,X(t.lang),t.text))),S(`p`,{class:`board-status`},k(Tr[e.status]??`board.status.OPEN`))),r?S(`div`,{class:`board-answer`},S(`p`,{class:`board-answer-label`},C(`board`),S(`span`,{},k(`board.answer`))),S(`p`,{class:`board-answer-text`,...X(r.language)},r.text),Y(r.language),r.reason&&S(`p`,{class:`board-answer-text`,...X(r.language)},r.reason),r.commitmentDate&&S(`p`,{class:`board-commitment`},k(`board.commitment`,{date:ir(new Date(r.commitmentDate),O())}))):S(`p`,{class:`board-waiting`},k(`board.waiting`)),o)}var Dr=p(`
  query MyCouncilScreen($language: String) {
    myCouncil(language: $language) {
      council {
        id
        name
      }
      supportThreshold
      seats
      vacancies
      members {
        pseudonym
        avatar
        role
        me
        elected
      }
      nextMeeting {
        id
        startsAt
        place
        agenda {
          id
          position
          theme
          titleText(language: $language) {
            text
            lang
          }
        }
      }
      recentDecisions {
        id
        status
        theme
        dueDate
        text {
          text
          lang
        }
        reason {
          text
          lang
        }
      }
      openIdeas {
        id
        theme
        status
        supportCount
        supportedByMe
        proposedByMe
        titleText(language: $language) {
          text
          lang
        }
        area {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
      myIdeas {
        id
        theme
        status
        supportCount
        supportedByMe
        proposedByMe
        titleText(language: $language) {
          text
          lang
        }
        area {
          id
          kind
          localName {
            text
            lang
          }
        }
      }
      elections {
        id
        status
        seats
        pollID
        closesAt
        standingByMe
        candidates {
          optionID
          pseudonym
          avatar
          withdrawn
          elected
          tied
          me
        }
      }
    }
    me {
      ... on YouthMember {
        id
        location {
          id
          areas {
            id
            kind
            localName {
              text
              lang
            }
          }
        }
      }
    }
  }
`),Or=p(`
  mutation ProposeCouncilIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      id
      status
    }
  }
`),kr=p(`
  mutation SupportCouncilIdea($ideaID: ID!) {
    supportIdea(ideaID: $ideaID) {
      id
      supportCount
      supportedByMe
    }
  }
`),Ar=p(`
  mutation StandForElection($electionID: ID!) {
    standForElection(electionID: $electionID) {
      id
      standingByMe
    }
  }
`),jr=p(`
  mutation WithdrawCandidacy($electionID: ID!) {
    withdrawCandidacy(electionID: $electionID) {
      id
      standingByMe
    }
  }
`),Mr=e=>a(Dr,{language:e}),Nr=(e,t,n)=>a(Or,{input:{councilID:e,theme:t,areaID:n}}),Pr=e=>a(kr,{ideaID:e}).then(e=>e.supportIdea),Fr=e=>a(Ar,{electionID:e}),Ir=e=>a(jr,{electionID:e});function Lr(e,t){return e.elections.length!==0&&Q(`elections`,C(`vote`),`council.elections`,...e.elections.map(e=>Rr(e,t)))}function Rr(e,t){let n=n=>r=>{r.currentTarget.disabled=!0,n(e.id).then(t,t)},r=e.status===`CLOSED`?e.candidates.filter(e=>e.elected||e.tied):e.candidates;return S(`div`,{class:`council-election status-${e.status.toLowerCase()}`,"data-election":e.id},S(`p`,{class:`council-election-seats`},k(`council.electionSeats`,{seats:String(e.seats)})),e.status===`VOID`&&S(`p`,{},k(`council.void`)),e.status!==`VOID`&&S(`h3`,{},k(e.status===`CLOSED`?`council.electedTitle`:`council.candidates`)),e.status!==`VOID`&&(r.length===0?S(`p`,{class:`empty`},k(`council.noCandidates`)):S(`ul`,{class:`council-members council-candidates`,role:`list`},...r.map(e=>S(`li`,{class:`council-member${e.me?` is-me`:``}${e.withdrawn?` is-withdrawn`:``}`,"data-candidate":e.pseudonym??``},V(e.withdrawn?`unknown`:e.avatar??`unknown`,`avatar council-avatar`),S(`span`,{class:`council-member-name`,dir:`auto`},e.withdrawn?k(`council.withdrawn`):e.pseudonym??``),e.elected&&S(`span`,{class:`council-member-role council-elected`},C(`done`),S(`span`,{},k(`council.elected`))),e.tied&&S(`span`,{class:`council-member-role`},k(`council.tied`)))))),e.status===`NOMINATING`&&(e.standingByMe?S(`div`,{class:`council-stand`},S(`p`,{class:`council-standing`},C(`done`),S(`span`,{},k(`council.standing`))),S(`button`,{type:`button`,class:`button button-secondary council-withdraw`,on:{click:n(Ir)}},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`council.withdraw`)))):S(`div`,{class:`council-stand`},S(`p`,{class:`screen-hint`},k(`council.standHint`)),S(`button`,{type:`button`,class:`button button-primary council-stand-button`,on:{click:n(Fr)}},C(`hello`),S(`span`,{},k(`council.stand`))))),e.status===`VOTING`&&(e.pollID?S(`a`,{class:`button button-primary council-vote`,href:`/polls/${e.pollID}`,"data-link":!0},C(`vote`),S(`span`,{},k(`council.vote`))):S(`p`,{},k(`council.voteSoon`))))}var zr={PENDING:`council.ideaStatus.PENDING`,NOT_SHOWN:`council.ideaStatus.NOT_SHOWN`,OPEN:`council.ideaStatus.OPEN`,ON_AGENDA:`council.ideaStatus.ON_AGENDA`,DECIDED:`council.ideaStatus.DECIDED`,DONE:`council.ideaStatus.DONE`};function Br(e,t,r){let i=S(`div`,{class:`council-propose`}),a=()=>{i.replaceChildren(S(`button`,{type:`button`,class:`button button-primary council-propose-start`,on:{click:c}},C(`write`),S(`span`,{},k(`council.propose`))))},o=()=>i.querySelector(`h3`)?.focus(),s=e=>S(`button`,{type:`button`,class:`button button-secondary`,on:{click:e}},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`council.back`))),c=()=>{i.replaceChildren(S(`h3`,{tabindex:`-1`},k(`council.proposeTheme`)),S(`ul`,{class:`choice-grid council-choices`,role:`list`},...Kn.map(e=>S(`li`,{},S(`button`,{type:`button`,class:`choice-card`,"data-theme":e,on:{click:()=>l(e)}},S(`span`,{class:`choice-icon`},G(e)),S(`span`,{class:`choice-label`},k(`themes.${e}`)))))),s(a)),o()},l=e=>{let n=[...t,null];i.replaceChildren(S(`h3`,{tabindex:`-1`},k(`council.proposeArea`)),S(`ul`,{class:`choice-grid council-choices`,role:`list`},...n.map(t=>S(`li`,{},S(`button`,{type:`button`,class:`choice-card`,"data-area":t?.id??`none`,on:{click:()=>u(e,t)}},S(`span`,{class:`choice-icon`},t?K(t.kind):C(`home`)),S(`span`,{class:`choice-label`,...t?X(t.localName.lang):{}},t?t.localName.text:k(`council.everywhere`)))))),s(c)),o()},u=(t,o)=>{let s=S(`div`,{role:`alert`});i.replaceChildren(S(`p`,{class:`loading`},k(`common.loading`)),s),Nr(e.council.id,t,o?.id??null).then(()=>{i.replaceChildren(S(`p`,{class:`council-sent`,role:`status`},C(`done`),S(`span`,{},k(`council.proposeSent`)))),setTimeout(r,0)},e=>{a(),e instanceof n&&e.code===`RATE_LIMITED`?i.append(br()):i.append(S(`p`,{role:`alert`},C(`offline`),S(`span`,{},k(`common.offline`))))})};return a(),Q(`ideas`,C(`hello`),`council.ideas`,i,e.openIdeas.length===0?S(`p`,{class:`empty`},k(`council.noIdeas`)):S(`ul`,{class:`council-ideas`,role:`list`},...e.openIdeas.map(e=>Vr(e,!0))),e.myIdeas.length>0&&S(`h3`,{},k(`council.myIdeas`)),e.myIdeas.length>0&&S(`ul`,{class:`council-ideas council-my-ideas`,role:`list`},...e.myIdeas.map(e=>Vr(e,!1))))}function Vr(e,t){let n=e.area?.localName,r=S(`span`,{class:`council-support-count`},e.supportCount==null?``:String(e.supportCount)),i=t&&S(`button`,{type:`button`,class:`button button-secondary council-support`,"aria-pressed":String(e.supportedByMe),disabled:e.supportedByMe||e.proposedByMe,on:{click:()=>{let t=i;t.disabled=!0,Pr(e.id).then(e=>{t.setAttribute(`aria-pressed`,String(e.supportedByMe)),t.querySelector(`.council-support-label`).textContent=k(`council.supported`),r.textContent=e.supportCount==null?``:String(e.supportCount)},()=>{t.disabled=!1})}}},C(`hello`),S(`span`,{class:`council-support-label`},k(e.proposedByMe?`council.yours`:e.supportedByMe?`council.supported`:`council.support`)),r);return S(`li`,{class:`council-idea status-${e.status.toLowerCase()}`,"data-idea":e.id},S(`span`,{class:`council-theme`},G(e.theme)),S(`div`,{},S(`p`,{class:`council-theme-name`},k(`themes.${e.theme}`)),e.titleText&&S(`p`,{class:`council-text`,...X(e.titleText.lang)},e.titleText.text),n&&S(`p`,{class:`council-area`},e.area&&K(e.area.kind),S(`span`,X(n.lang),n.text)),S(`p`,{class:`council-idea-status`},k(zr[e.status]??`council.ideaStatus.PENDING`))),i)}function Hr(){return{title:()=>k(`council.title`),render(e){let t=S(`div`,{class:`council-body`,"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`)));e.append(J({home:!0,className:`council-screen`,readAloud:()=>t.innerText},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`council`)),S(`h1`,{tabindex:`-1`},k(`council.title`)),S(`p`,{class:`screen-hint`},k(`council.hint`))),t));let n=()=>{Mr(O()).then(({myCouncil:e,me:r})=>{if(t.removeAttribute(`aria-busy`),!e){t.replaceChildren(S(`p`,{class:`empty`},k(`council.none`)));return}let i=r&&`location`in r?r.location.areas??[]:[],a=[Wr(e),Lr(e,n),Kr(e),Jr(e),Br(e,i,n)];t.replaceChildren(...a.filter(e=>e!==!1))},e=>t.replaceChildren(Z(e)))};return n(),()=>M()}}}function Q(e,t,n,...r){return S(`section`,{class:`council-section council-section-${e}`,"aria-labelledby":`council-${e}-title`},S(`h2`,{id:`council-${e}-title`},S(`span`,{class:`council-section-icon`},t),S(`span`,{},k(n))),...r)}var Ur={CHAIR:`council.role.CHAIR`,SECRETARY:`council.role.SECRETARY`,MEMBER:`council.role.MEMBER`};function Wr(e){let t=e.members.map(e=>S(`li`,{class:`council-member${e.me?` is-me`:``}`,"data-member":e.pseudonym},V(e.avatar,`avatar council-avatar`),S(`span`,{class:`council-member-name`,dir:`auto`},e.pseudonym),S(`span`,{class:`council-member-role`},e.me?`${k(Ur[e.role]??`council.role.MEMBER`)} · ${k(`council.you`)}`:k(Ur[e.role]??`council.role.MEMBER`))));for(let n=0;n<e.vacancies;n++)t.push(S(`li`,{class:`council-member council-vacancy`},S(`span`,{class:`avatar council-avatar council-empty-seat`,"aria-hidden":`true`}),S(`span`,{class:`council-member-name`},k(`council.vacancy`))));return Q(`members`,C(`council`),`council.members`,S(`ul`,{class:`council-members`,role:`list`},...t))}function Gr(e){let t=new Date(e),n=O();return k(`council.when`,{date:t.toLocaleDateString(n,{weekday:`long`,day:`numeric`,month:`long`}),time:t.toLocaleTimeString(n,{hour:`2-digit`,minute:`2-digit`})})}function Kr(e){let t=e.nextMeeting;return t?Q(`meeting`,C(`timer`),`council.nextMeeting`,S(`p`,{class:`council-when`},Gr(t.startsAt)),S(`p`,{class:`council-place`,dir:`auto`},t.place),S(`h3`,{},k(`council.agenda`)),t.agenda.length===0?S(`p`,{class:`empty`},k(`council.noAgenda`)):S(`ol`,{class:`council-agenda`},...[...t.agenda].sort((e,t)=>e.position-t.position).map(e=>S(`li`,{class:`council-agenda-item`},S(`span`,{class:`council-theme`},G(e.theme??`OTHER`)),S(`span`,{},e.theme&&S(`span`,{class:`council-theme-name`},k(`themes.${e.theme}`)),e.titleText&&S(`span`,{class:`council-text`,...X(e.titleText.lang)},e.titleText.text),e.titleText&&Y(e.titleText.lang)))))):Q(`meeting`,C(`timer`),`council.nextMeeting`,S(`p`,{class:`empty`},k(`council.noMeeting`)))}var qr={IN_PROGRESS:`board.status.IN_PROGRESS`,DONE:`board.status.DONE`,NOT_POSSIBLE:`board.status.NOT_POSSIBLE`};function Jr(e){return Q(`decisions`,C(`board`),`council.decisions`,e.recentDecisions.length===0?S(`p`,{class:`empty`},k(`council.noDecisions`)):S(`ul`,{class:`council-decisions`,role:`list`},...e.recentDecisions.map(e=>S(`li`,{class:`council-decision status-${(e.status??`IN_PROGRESS`).toLowerCase()}`,"data-decision":e.id},S(`span`,{class:`council-theme`},G(e.theme??`OTHER`)),S(`div`,{},S(`p`,{class:`council-text`,...X(e.text.lang)},e.text.text),Y(e.text.lang),e.reason&&S(`p`,{class:`council-text`,...X(e.reason.lang)},e.reason.text),e.dueDate&&e.status!==`DONE`&&S(`p`,{class:`council-due`},k(`council.due`,{date:new Date(e.dueDate).toLocaleDateString(O())}))),S(`p`,{class:`council-status`},C(e.status===`DONE`?`done`:e.status===`NOT_POSSIBLE`?`alert`:`timer`),S(`span`,{},k(qr[e.status??`IN_PROGRESS`]??`board.status.IN_PROGRESS`)))))))}var Yr=p(`
  query MyLocation {
    me {
      ... on YouthMember {
        id
        locationID
        location {
          id
          areas {
            id
            kind
            localName {
              lang
              text
            }
          }
        }
      }
    }
  }
`),Xr=p(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`),Zr=p(`
  query MyPosts {
    myPosts {
      id
      body
      language
      moderationState
      reasonText
      thread {
        id
        title
      }
    }
  }
`);function Qr(){return{title:()=>k(`feedback.title`),render(e){let t=O(),n=S(`div`,{class:`feedback-step`},S(`p`,{class:`loading`},k(`common.loading`))),r=S(`div`,{class:`my-posts`});e.append(J({home:!0,className:`feedback-screen`,readAloud:()=>`${n.innerText} ${r.innerText}`},n,r));let i=``,o=[],s,c,l,u=(e,t)=>S(`header`,{class:`screen-header`},S(`h1`,{tabindex:`-1`},k(e)),t&&S(`p`,{class:`screen-hint`},k(t))),d=(...e)=>{n.replaceChildren(...e.filter(e=>!!e)),n.querySelector(`h1`)?.focus()},f=()=>{d(u(`feedback.themeTitle`,`feedback.themeHint`),S(`ul`,{class:`choice-grid`,role:`list`},...Kn.map(e=>S(`li`,{},S(`button`,{type:`button`,class:`choice-card`,"data-theme":e,on:{click:()=>{s=e,p()}}},S(`span`,{class:`choice-icon`},G(e)),S(`span`,{class:`choice-label`},k(`themes.${e}`)))))))},p=()=>{let e=[...o,null];d(u(`feedback.areaTitle`,`feedback.areaHint`),S(`ul`,{class:`choice-grid`,role:`list`},...e.map(e=>S(`li`,{},S(`button`,{type:`button`,class:`choice-card`,"data-area":e?.id??`none`,on:{click:()=>{c=e,m()}}},S(`span`,{class:`choice-icon`},e?K(e.kind):C(`home`)),e?S(`span`,{class:`choice-label`,...X(e.lang)},e.label):S(`span`,{class:`choice-label`},k(`feedback.everywhere`)))))),$r(f))},m=()=>{let e=S(`textarea`,{class:`input feedback-text`,id:`feedback-text`,rows:`4`,maxlength:`2000`,dir:`auto`,lang:t}),n=S(`div`,{role:`alert`,class:`feedback-error`}),r=async r=>{if(!s)return;let u=[l&&k(`feedback.mood.${l}`),k(`themes.${s}`),c?.label].filter(Boolean).join(` · `),d=r?e.value.trim():``,f=d?d.length>80?`${d.slice(0,77)}…`:d:u;for(let e of o)e.disabled=!0;try{await a(Xr,{input:{locationID:i,areaID:c?.id??null,theme:s,title:f,body:d||u,language:t}}),g(),_()}catch(e){n.replaceChildren(Z(e));for(let e of o)e.disabled=!1}},o=[S(`button`,{type:`button`,class:`button button-primary feedback-send`,on:{click:()=>void r(!0)}},C(`write`),S(`span`,{},k(`feedback.send`))),S(`button`,{type:`button`,class:`button button-secondary feedback-send-only`,on:{click:()=>void r(!1)}},C(`check`),S(`span`,{},k(`feedback.sendWithoutText`)))];d(u(`feedback.writeTitle`),S(`p`,{class:`feedback-choice`},s&&G(s),S(`span`,{},[s&&k(`themes.${s}`),c?c.label:k(`feedback.everywhere`)].filter(Boolean).join(` · `))),h(),S(`label`,{for:`feedback-text`,class:`feedback-label`},k(`feedback.writeLabel`)),e,S(`p`,{class:`feedback-moderated`},C(`helper`),S(`span`,{},k(`promises.moderatorReads`))),n,S(`div`,{class:`feedback-actions`},...o),$r(p))},h=()=>{let e=[`good`,`bad`].map(t=>S(`button`,{type:`button`,class:`choice-card feedback-mood mood-${t}`,"data-mood":t,"aria-pressed":String(l===t),on:{click:()=>{l=l===t?void 0:t;for(let t of e)t.setAttribute(`aria-pressed`,String(t.dataset.mood===l))}}},S(`span`,{class:`choice-icon`},W(t===`good`?`smiley-4`:`smiley-2`)),S(`span`,{class:`choice-label`},k(`feedback.mood.${t}`))));return S(`div`,{role:`group`,"aria-labelledby":`feedback-mood-label`},S(`p`,{id:`feedback-mood-label`,class:`feedback-label`},k(`feedback.moodLabel`)),S(`div`,{class:`feedback-moods`},...e))},g=()=>{d(S(`header`,{class:`screen-header feedback-thanks`},S(`span`,{class:`screen-pictogram`},C(`done`)),S(`h1`,{tabindex:`-1`},k(`feedback.thanksTitle`)),S(`p`,{class:`screen-hint`},k(`feedback.thanksText`))),S(`div`,{class:`feedback-actions`},S(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>{s=void 0,c=void 0,l=void 0,f()}}},C(`write`),S(`span`,{},k(`feedback.another`))),S(`a`,{class:`button button-primary`,href:`/board`,"data-link":!0},C(`board`),S(`span`,{},k(`board.title`)))))},_=async()=>{try{let{myPosts:e}=await a(Zr);r.replaceChildren(...e.length===0?[]:[S(`h2`,{},k(`feedback.mine`)),S(`ul`,{class:`my-posts-list`,role:`list`},...e.map(e=>S(`li`,{class:`my-post state-${e.moderationState.toLowerCase()}`,"data-post":e.id},S(`p`,{class:`my-post-body`,...X(e.language)},e.body),S(`p`,{class:`my-post-state`},C(ei(e.moderationState)),S(`span`,{},k(`feedback.states.${e.moderationState}`))),e.reasonText&&S(`p`,{class:`my-post-reason`},e.reasonText))))])}catch{}};return a(Yr).then(({me:e})=>{!e||!(`location`in e)?d(Z(void 0)):(i=e.locationID,o=(e.location.areas??[]).map(e=>({id:e.id,kind:e.kind,label:e.localName.text,lang:e.localName.lang})),f())},e=>d(Z(e))),_(),()=>M()}}}function $r(e){return S(`div`,{class:`feedback-back`},S(`button`,{type:`button`,class:`button button-secondary`,on:{click:e}},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`feedback.back`))))}function ei(e){switch(e){case`APPROVED`:return`check`;case`REJECTED`:return`alert`;default:return`timer`}}var ti={shield:bt,key:Xe,ball:Ct,school:_t,doctor:Et,speech:nt,adult:Ve,food:ze,ear:ke,house:Ke},ni={SAFETY:`shield`,PRIVACY:`key`,PLAY_AND_SPORT:`ball`,SCHOOL:`school`,DOCTOR:`doctor`,UNDERSTANDING:`speech`,TRUSTED_ADULT:`adult`,FOOD:`food`,BEING_LISTENED_TO:`ear`,MOVING:`house`};function ri(e,t=`icon`){return B(ti[e]??`M11,18H13V16H11V18M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,20C7.59,20 4,16.41 4,12C4,7.59 7.59,4 12,4C16.41,4 20,7.59 20,12C20,16.41 16.41,20 12,20M12,6A4,4 0 0,0 8,10H10A2,2 0 0,1 12,8A2,2 0 0,1 14,10C14,12 11,11.75 11,15H13C13,12.75 16,12.5 16,10A4,4 0 0,0 12,6Z`,t)}function ii(e){let t=`monitor.domains.${e}`,n=k(t);return n===t?e:n}function ai(e){let t=`staff.locationKinds.${e}`,n=k(t);return n===t?e:n}function $(e){return Math.min(5,Math.max(1,1+Math.round(e/25)))}function oi(e,t=`icon`){return W(`smiley-${$(e)}`,void 0,t)}function si(e){return k(`vote.smileys.${$(e)}`)}var ci=p(`
  query MonitorForChildren {
    monitorForChildren {
      domain
      theme
      pictogram
      closedAt
      score
      needsAttention
      whatWeDid {
        text
        language
        status
        reason
        commitmentDate
      }
    }
  }
`);function li(){return{title:()=>k(`monitor.title`),render(e){let t=S(`div`,{class:`monitor-body`,"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`)));return e.append(J({home:!0,className:`monitor-screen`,readAloud:()=>`${k(`monitor.title`)}. ${k(`monitor.hint`)} ${t.innerText}`},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`chart`)),S(`h1`,{tabindex:`-1`},k(`monitor.title`)),S(`p`,{class:`screen-hint`},k(`monitor.hint`))),t)),a(ci).then(({monitorForChildren:e})=>{t.removeAttribute(`aria-busy`);let n=e.filter(e=>e.closedAt);t.replaceChildren(n.length===0?S(`p`,{class:`empty`},k(`monitor.empty`)):S(`ul`,{class:`monitor-list`,role:`list`},...e.map(di)))},e=>t.replaceChildren(Z(e))),()=>M()}}}function ui(e){return e.closedAt?e.score===null||e.score===void 0?k(`monitor.notEnough`):k(`monitor.said`,{answer:si(e.score)}):k(`monitor.notAsked`)}function di(e){let t=ii(e.domain),n=e.whatWeDid,r=q({text:()=>[t,ui(e),...e.needsAttention?[k(`monitor.attention`)]:[],...n?[k(`results.whatWeDid`),...vr(n)]:e.needsAttention?[k(`monitor.waiting`)]:[]].join(`. `),language:O(),label:k(`results.listen`),noVoiceNote:k(`language.noVoice`),className:`button button-secondary result-listen`}),i=e.score??void 0;return S(`li`,{class:e.needsAttention?`monitor-card needs-attention`:`monitor-card`,"data-domain":e.domain,"data-face":i===void 0?e.closedAt?`suppressed`:`not-asked`:String($(i))},S(`div`,{class:`monitor-card-head`},S(`span`,{class:`monitor-domain`},ri(e.pictogram)),S(`h2`,{},t),r.button),r.note,i===void 0?S(`p`,{class:`monitor-said is-hidden`},C(e.closedAt?`lock`:`timer`),S(`span`,{},ui(e))):S(`div`,{class:`monitor-said`},S(`span`,{class:`monitor-face face-${$(i)}`},oi(i)),S(`span`,{class:`monitor-said-text`},ui(e)),S(`span`,{class:`monitor-steps`,"aria-hidden":`true`},...[1,2,3,4,5].map(e=>S(`span`,{class:e<=$(i)?`is-filled`:``})))),e.needsAttention&&S(`p`,{class:`monitor-attention`},C(`alert`),S(`span`,{},k(`monitor.attention`))),n?_r(n):e.needsAttention&&S(`p`,{class:`board-waiting monitor-waiting`},C(`timer`),S(`span`,{},k(`monitor.waiting`))))}var fi=p(`
  query Announcements {
    announcements {
      id
      title
      body
      simpleBody
      language
      audioURL
    }
  }
`);function pi(){return{title:()=>k(`news.title`),render(e){let t=S(`div`,{"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`)));return e.append(J({home:!0,className:`news-screen`,readAloud:()=>`${k(`news.title`)}. ${t.innerText}`},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`news`)),S(`h1`,{tabindex:`-1`},k(`news.title`))),t)),a(fi).then(({announcements:e})=>{t.removeAttribute(`aria-busy`),t.replaceChildren(e.length===0?S(`p`,{class:`empty`},k(`news.empty`)):S(`ul`,{class:`news-list`,role:`list`},...e.map(e=>S(`li`,{class:`news-card`,...X(e.language)},S(`h2`,{},e.title),Y(e.language),S(`p`,{},e.simpleBody??e.body),e.audioURL&&S(`audio`,{controls:!0,preload:`none`,src:e.audioURL,"aria-label":k(`news.listen`)})))))},e=>t.replaceChildren(Z(e))),()=>M()}}}function mi(){return{title:()=>k(`vote.listTitle`),render(e){let t=S(`div`,{"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`))),n=S(`div`,{class:`polls-results`});return e.append(J({home:!0,className:`polls-screen`,readAloud:()=>`${k(`vote.listTitle`)}. ${t.innerText} ${n.innerText}`},S(`header`,{class:`screen-header`},S(`span`,{class:`screen-pictogram`},C(`vote`)),S(`h1`,{tabindex:`-1`},k(`vote.listTitle`)),S(`p`,{class:`screen-hint`},k(`promises.secretVotes`))),t,n)),dr().then(e=>{t.removeAttribute(`aria-busy`),t.replaceChildren(e.length===0?S(`p`,{class:`empty`},k(`vote.none`)):S(`ul`,{class:`poll-cards`,role:`list`},...e.map(e=>S(`li`,{},S(`a`,{class:e.voted?`poll-card is-voted`:`poll-card`,href:`/polls/${e.id}`,"data-link":!0,"data-poll":e.id},S(`span`,{class:`poll-card-icon`},G(e.theme)),S(`span`,{class:`poll-card-question`,...X(e.question.lang)},e.question.text),Y(e.question.lang),e.voted?S(`span`,{class:`poll-card-state voted`},C(`done`),S(`span`,{},k(`vote.voted`))):S(`span`,{class:`poll-card-state`},C(`vote`),S(`span`,{},k(`vote.voteNow`))))))))},e=>t.replaceChildren(Z(e))),ur().then(e=>n.replaceChildren(...[hr(e)].filter(e=>!!e)),()=>void 0),()=>M()}}}function hi(e,t,n,r,i){let a=t??Math.round((n+r)/2),o=t===null?0:1,s=i===`rtl`?-o:o,c={ArrowRight:a+s,ArrowLeft:a-s,ArrowUp:a+o,ArrowDown:a-o,PageUp:a+2*o,PageDown:a-2*o,Home:n,End:r}[e];return c===void 0?void 0:Math.min(r,Math.max(n,c))}function gi(e,t,n,r,i,a){let o=Math.max(1,n-t),s=Math.min(1,Math.max(0,(e-t)/o)),c=a===`rtl`?1-s:s;return Math.round(r+c*(i-r))}function _i(e,t,n,r,i={low:k(`vote.slider.low`),high:k(`vote.slider.high`)}){let a=e?.label.text??String(t);return t===n?`${a}, ${i.low}`:t===r?`${a}, ${i.high}`:a}function vi(e,t){let n=[...e.options].sort((e,t)=>e.position-t.position),r=n[0]?.label.text??`0`,i=n.at(-1)?.label.text??`10`;return[S(`header`,{class:`screen-header vote-header`},S(`h1`,{id:`vote-question`,tabindex:`-1`,...X(e.question.lang)},e.question.text),e.description&&S(`p`,{class:`vote-description`,...X(e.description.lang)},e.description.text),S(`p`,{class:`screen-hint`},k(`vote.hintSlider`,{min:r,max:i}))),yi(e,{choose:t}),S(`p`,{class:`vote-secret`},C(`lock`),S(`span`,{},k(`promises.secretVotes`)))]}function yi(e,t){let n=[...e.options].sort((e,t)=>e.position-t.position),r=n.length-1,i=t.say??((e,t)=>void(T(t)&&yn(e,t))),a=null,o=S(`div`,{class:`slider-rail`,"aria-hidden":`true`},S(`span`,{class:`slider-fill`}),S(`ol`,{class:`slider-points`},...n.map((e,t)=>S(`li`,{class:`slider-point`,"data-value":String(t),...X(e.label.lang)},e.label.text))),S(`span`,{class:`slider-thumb`})),s=S(`div`,{class:`slider-track`,role:`slider`,tabindex:`0`,"aria-labelledby":`vote-question`,"aria-valuemin":`0`,"aria-valuemax":String(r),"aria-valuenow":String(Math.round((0+r)/2)),"aria-valuetext":k(`vote.slider.none`)},o),c=S(`output`,{class:`slider-value`,"aria-hidden":`true`},``),l=S(`button`,{type:`button`,class:`button button-primary vote-send`,disabled:!0,on:{click:()=>{let e=a===null?void 0:n[a];e&&t.choose(e)}}},C(`vote`),S(`span`,{},k(`vote.send`))),u=S(`div`,{class:`slider-input`,"data-value":``},S(`div`,{class:`slider-ends`,"aria-hidden":`true`},S(`span`,{class:`slider-end slider-low`},W(`smiley-1`,e.theme),S(`span`,{},k(`vote.slider.low`))),c,S(`span`,{class:`slider-end slider-high`},W(`smiley-5`,e.theme),S(`span`,{},k(`vote.slider.high`)))),s,S(`div`,{class:`vote-actions`},l)),d=()=>getComputedStyle(s).direction===`rtl`?`rtl`:`ltr`,f=e=>{if(e===a)return;a=e;let t=n[e],o=_i(t,e,0,r);u.dataset.value=String(e),s.setAttribute(`aria-valuenow`,String(e)),s.setAttribute(`aria-valuetext`,o),c.replaceChildren(t?.label.text??String(e)),t&&Object.assign(c,X(t.label.lang)),l.disabled=!1,i(o,t?.label.lang??``)};s.addEventListener(`keydown`,e=>{if((e.key===`Enter`||e.key===` `)&&a!==null){e.preventDefault(),l.click();return}let t=hi(e.key,a,0,r,d());t!==void 0&&(e.preventDefault(),f(t))});let p=e=>{let t=o.getBoundingClientRect();f(gi(e.clientX,t.left,t.right,0,r,d()))};return s.addEventListener(`pointerdown`,e=>{s.focus(),s.setPointerCapture?.(e.pointerId),p(e)}),s.addEventListener(`pointermove`,e=>{s.hasPointerCapture?.(e.pointerId)&&p(e)}),u}function bi(e){return{title:()=>k(`vote.title`),render(t){let r=S(`div`,{class:`vote-body`,"aria-busy":`true`},S(`p`,{class:`loading`},k(`common.loading`)));t.append(J({home:!0,className:`vote-screen`,readAloud:()=>r.innerText},r));let i=new AbortController,o=(...e)=>{L(void 0),r.removeAttribute(`aria-busy`),r.replaceChildren(...e.filter(e=>!!e)),r.querySelector(`h1, h2`)?.focus()},s=(e,t,n,r)=>{o(S(`div`,{class:`vote-message`,"data-state":t},S(`span`,{class:`screen-pictogram`},C(e)),S(`h1`,{tabindex:`-1`},k(t)),S(`p`,{class:`screen-hint`},k(n)),r,S(`div`,{class:`vote-actions`},S(`a`,{class:`button button-secondary`,href:`/polls`,"data-link":!0},C(`vote`),S(`span`,{},k(`vote.otherPolls`))),S(`a`,{class:`button button-primary`,href:`/home`,"data-link":!0},C(`home`),S(`span`,{},k(`youth.home`))))))},c=()=>s(`lock`,`vote.alreadyTitle`,`vote.alreadyText`),l=e=>{if(e.kind===`SLIDER`)return o(...vi(e,t=>u(e,[t.id])));let t=[...e.options].sort((e,t)=>e.position-t.position),n=e.kind===`MULTIPLE_CHOICE`||e.kind===`ELECTION`,r=e.kind===`RANKING`,i=n?e.maxChoices??t.length:1,a=[],s=new Map,c=S(`div`,{role:`status`}),l=S(`button`,{type:`button`,class:`button button-primary vote-send`,disabled:!0,on:{click:()=>u(e,a)}},C(`vote`),S(`span`,{},k(`vote.send`))),f=S(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>{a=[],p()}}},C(`retry`),S(`span`,{},k(`vote.restart`))),p=()=>{for(let[t,o]of s){let s=a.indexOf(t);o.setAttribute(`aria-pressed`,String(s>=0));let c=o.querySelector(`.vote-rank`);c&&(c.textContent=r&&s>=0?String(s+1):``),o.classList.toggle(`is-unavailable`,n&&s<0&&a.length>=i),o.disabled=!!Si(e,t)}l.disabled=a.length===0,L(n&&a.length>0?{send:()=>d(e,a,fr())}:void 0)},m=o=>{if(r){let n=a.indexOf(o.id);a=n>=0?a.slice(0,n):[...a,o.id],p(),a.length===t.length&&u(e,a)}else if(n){if(!a.includes(o.id)&&a.length>=i){c.replaceChildren(S(`p`,{class:`vote-full`},C(`alert`),S(`span`,{},k(`choose.full`,{max:String(i)}))));return}c.replaceChildren(),a=a.includes(o.id)?a.filter(e=>e!==o.id):[...a,o.id],p()}else a=[o.id],u(e,a)},h=r?`vote.hintRanking`:n?`vote.hintMultiple`:`vote.hintSingle`;o(S(`header`,{class:`screen-header vote-header`},S(`h1`,{tabindex:`-1`,...X(e.question.lang)},e.question.text),Y(e.question.lang),e.description&&S(`p`,{class:`vote-description`,...X(e.description.lang)},e.description.text),S(`p`,{class:`screen-hint`},k(h,{max:String(i)}))),S(`ul`,{class:`vote-options kind-${e.kind.toLowerCase()}`,role:`list`},...t.map(t=>{let n=Ci(e,t),r=S(`button`,{type:`button`,class:`vote-option`,"data-option":t.id,"aria-pressed":`false`,on:{click:()=>m(t)}},S(`span`,{class:`vote-rank`,"aria-hidden":`true`}),S(`span`,{class:`vote-pictogram`},xi(e,t)),S(`span`,{class:`vote-label`,...n.attrs},n.text));return s.set(t.id,r),S(`li`,{},r)})),n&&c,(n||r)&&S(`div`,{class:`vote-actions`},r?f:l),S(`p`,{class:`vote-secret`},C(`lock`),S(`span`,{},k(`promises.secretVotes`)))),p()},u=(e,t)=>{let n=fr(),r=t.map(t=>e.options.find(e=>e.id===t)).filter(e=>!!e),i=S(`div`,{class:`vote-problem`,role:`alert`}),a=S(`button`,{type:`button`,class:`button button-done vote-confirm`},C(`done`),S(`span`,{},k(`vote.confirmYes`))),s=S(`button`,{type:`button`,class:`button button-secondary vote-change`,on:{click:()=>l(e)}},C(`back`,{mirrorInRtl:!0}),S(`span`,{},k(`vote.confirmNo`)));a.addEventListener(`click`,()=>{a.disabled=!0,s.disabled=!0,d(e,t,n,()=>i.replaceChildren(C(`offline`),S(`p`,{"data-state":`offline.voteWaiting`},k(`offline.voteWaiting`)))).then(e=>{e||(i.replaceChildren(C(`offline`),S(`p`,{},k(`common.offline`))),a.disabled=!1,s.disabled=!1)})}),o(S(`section`,{class:`vote-confirm-panel`,"aria-labelledby":`vote-confirm-title`},S(`h1`,{id:`vote-confirm-title`,tabindex:`-1`},k(`vote.confirmTitle`)),S(`ol`,{class:`vote-chosen`},...r.map((t,n)=>{let r=Ci(e,t);return S(`li`,{},e.kind===`RANKING`&&S(`span`,{class:`vote-rank`},String(n+1)),S(`span`,{class:`vote-pictogram`},xi(e,t)),S(`span`,{class:`vote-label`,...r.attrs},r.text))})),i,S(`div`,{class:`vote-actions`},s,a),S(`p`,{class:`vote-secret`},C(`lock`),S(`span`,{},k(`promises.secretVotes`))))),L({send:()=>d(e,t,n)})},d=(e,t,r,l)=>{let u={pollID:e.id,optionIDs:[...t],idempotencyKey:r};return(l?pr(u,l,i.signal):a(cr,{input:u})).then(()=>(s(`done`,`vote.thanksTitle`,`vote.thanksText`),!0),e=>{if(i.signal.aborted)return!0;let t=e instanceof n?e.code:`INTERNAL`;if(t===`ALREADY_VOTED`)c();else if(t===`POLL_NOT_OPEN`)s(`alert`,`vote.closedTitle`,`vote.closedText`);else if(t===`UNAUTHENTICATED`)o(Z(e));else return!1;return!0})};return dr().then(t=>{let n=t.find(t=>t.id===e);if(!n)return s(`alert`,`vote.closedTitle`,`vote.closedText`);if(n.voted)return c();l(n)},e=>o(Z(e))),()=>{L(void 0),i.abort(),M()}}}}function xi(e,t){return e.kind===`ELECTION`?V(t.candidate&&!t.candidate.withdrawn?t.candidate.avatar??``:`unknown`,`avatar vote-avatar`):W(t.pictogram,e.theme)}function Si(e,t){return e.kind===`ELECTION`&&!!e.options.find(e=>e.id===t)?.candidate?.withdrawn}function Ci(e,t){if(e.kind===`ELECTION`){let e=t.candidate;return e&&!e.withdrawn&&e.pseudonym?{text:e.pseudonym,attrs:{dir:`auto`}}:{text:k(`council.withdrawn`),attrs:{}}}return e.kind===`SMILEY_SCALE`?{text:k(`vote.smileys.${/^smiley-([1-5])$/.exec(t.pictogram??``)?.[1]??String(Math.min(5,t.position+1))}`),attrs:{}}:{text:t.label.text,attrs:X(t.label.lang)}}var wi=[{path:`/polls`,icon:`vote`,label:`vote.tile`,hint:`vote.tileHint`},{path:`/feedback`,icon:`feedback`,label:`feedback.tile`,hint:`feedback.tileHint`},{path:`/board`,icon:`board`,label:`board.title`,hint:`board.tileHint`},{path:`/council`,icon:`council`,label:`council.tile`,hint:`council.tileHint`},{path:`/news`,icon:`news`,label:`news.title`,hint:`news.tileHint`},{path:`/monitor`,icon:`chart`,label:`monitor.tile`,hint:`monitor.tileHint`}];function Ti(e){let t={"/feedback":Qr,"/board":wr,"/council":Hr,"/news":pi,"/polls":mi,"/monitor":li};return e=>{let n=/^\/polls\/([A-Za-z0-9_-]+)$/.exec(e);return n?.[1]?bi(n[1]):t[e]?.()}}async function Ei(){let e=document.getElementById(`main`);if(!e)throw Error(`index.html has no <main id="main">`);await A(ln(),{remember:!1}).catch(()=>A(`nl`,{remember:!1}).catch(()=>void 0)),fn();let n=g().then(e=>(x(e),e)),r,i=(e,t)=>r?.navigate(e,t);An({navigate:e=>i(e,{replace:!0})});let a=e=>({title:e.title,render(t){let r,a=!1;return n.then(()=>{a||(b().kind===`youth`?(r=e.render(t),t.querySelector(`h1`)?.focus()):i(`/`,{replace:!0}))}),()=>{a=!0,typeof r==`function`&&r()}}}),o=e=>({title:()=>k(`staff.title`),render(t){let a,o=!1;return t.append(S(`p`,{class:`loading`},k(`common.loading`))),Promise.all([D(()=>import(`./console-wOxq25i6.js`),__vite__mapDeps([0,1])),n]).then(([n])=>{o||(t.replaceChildren(),a=n.renderStaff(t,e,{navigate:i,refresh:()=>r?.refresh()}))}).catch(()=>{o||location.reload()}),()=>{o=!0,typeof a==`function`&&a()}}}),s={"/":Xn({async choose(e){try{await A(e)}catch{un(e),location.assign(`/start`);return}i(b().kind===`youth`?`/home`:`/start`)}}),"/start":$n({navigate:i}),"/pin":rr({navigate:i}),"/home":a(Yn(wi))},c=Ti({navigate:i});r=t({outlet:e,titleSuffix:()=>k(`app.name`),notFound:Zn(),routes:s,match(e){if(e===`/staff`||e.startsWith(`/staff/`))return o(e);let t=c(e);return t&&a(t)}});let l=await n;l.kind===`youth`&&(!cn()&&T(l.language)&&await A(l.language,{remember:!1}),jn(l)),window.addEventListener(`jeugdstem:signed-out`,()=>void R())}Ei();export{b as C,n as D,p as E,a as O,S,te as T,A as _,X as a,w as b,Vn as c,Un as d,H as f,sn as g,O as h,ai as i,W as l,Kn as m,ri as n,or as o,G as p,ni as r,V as s,ii as t,Gn as u,k as v,ee as w,C as x,T as y};
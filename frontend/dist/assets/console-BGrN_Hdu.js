import{C as e,S as t,_ as n,a as r,b as i,c as a,d as o,f as s,g as c,h as l,i as u,l as d,m as f,n as p,o as m,p as h,r as g,s as _,t as v,u as y,v as b,w as x,x as S,y as C}from"./index-D1e0a_-k.js";function w(e,t,r){let i=b(`div`,{class:`pin-card print-area`,role:`region`,"aria-label":f(`staff.pinCard.title`)},b(`div`,{class:`pin-card-head`},g(e.avatar,`avatar avatar-large`),b(`p`,{class:`pin-card-name`},b(`bdi`,{},e.pseudonym))),b(`p`,{class:`pin-card-hint`},f(`staff.pinCard.hint`)),b(`ol`,{class:`pin-card-pictures`,"data-pin":t.join(` `)},...t.map((e,t)=>b(`li`,{},b(`span`,{class:`pin-card-step`},String(t+1)),_(e,`pin-picture pin-card-picture`),b(`span`,{class:`pin-card-label`},f(`pin.pictures.${a[e]?.key??`sun`}`))))));return b(`div`,{class:`pin-card-panel`},b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.pinCard.once`))),i,b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.pinCard.print`))),b(`button`,{type:`button`,class:`button button-secondary`,on:{click:r}},n(`done`),b(`span`,{},f(`staff.pinCard.close`)))))}var T=0;function E(e){return T+=1,`${e}-${T}`}function D(e,t,n){t.id||=E(`field`);let r=n?b(`p`,{class:`field-hint`,id:`${t.id}-hint`},n):void 0;return r&&t.setAttribute(`aria-describedby`,r.id),b(`div`,{class:`field`},b(`label`,{for:t.id},e),t,r)}function O(e){return b(`input`,{class:`input`,...e})}function k(e,t={}){return b(`select`,{class:`input`,...t},...e.map(([e,t])=>b(`option`,{value:e},t)))}function A(e,...t){return b(`section`,{class:`staff-section`},b(`h2`,{},e),...t)}function j(t){if(!(t instanceof e))return f(`staff.errors.INTERNAL`);let n={UNAUTHENTICATED:`staff.errors.UNAUTHENTICATED`,FORBIDDEN:`staff.errors.FORBIDDEN`,BAD_USER_INPUT:`staff.errors.BAD_USER_INPUT`,NOT_FOUND:`staff.errors.NOT_FOUND`,CONFLICT:`staff.errors.CONFLICT`,RATE_LIMITED:`staff.errors.RATE_LIMITED`,LIMIT_EXCEEDED:`staff.errors.LIMIT_EXCEEDED`,POLL_NOT_OPEN:`staff.errors.POLL_NOT_OPEN`,NETWORK:`staff.errors.NETWORK`,UNAVAILABLE:`staff.errors.UNAVAILABLE`}[t.code]??`staff.errors.INTERNAL`,r=t.errors[0];return t.code===`BAD_USER_INPUT`&&r?.field?`${f(n)} (${r.field}: ${r.message})`:t.code===`RATE_LIMITED`&&r?.retryAfter?f(`staff.errors.RATE_LIMITED_WAIT`,{minutes:String(Math.max(1,Math.ceil(r.retryAfter/60)))}):f(n)}function M(){let e=b(`div`,{class:`outcome`});return{element:e,error(t){e.className=`outcome is-error`,e.setAttribute(`role`,`alert`),e.replaceChildren(n(`alert`),b(`p`,{},j(t)))},success(t){e.className=`outcome is-success`,e.setAttribute(`role`,`status`),e.replaceChildren(n(`check`),b(`p`,{},t))},clear(){e.className=`outcome`,e.replaceChildren()}}}function N(e,t){e.addEventListener(`submit`,n=>{n.preventDefault();let r=[...e.querySelectorAll(`button[type=submit]`)];for(let e of r)e.disabled=!0;t().finally(()=>{for(let e of r)e.disabled=!1})})}function P(){return b(`p`,{class:`loading`,role:`status`},f(`common.loading`))}function F(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(document.documentElement.lang||void 0,{dateStyle:`medium`,timeStyle:`short`})}function I(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleDateString(document.documentElement.lang||void 0,{dateStyle:`medium`})}var L=t(`
  query StaffLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
`),ee=t(`
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
        members(first: 100, orderBy: { field: PSEUDONYM, direction: ASC }) {
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
`),te=t(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`),ne=t(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`),re=t(`
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
`),ie=t(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`),ae=t(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`),oe=t(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`),se=t(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
    }
  }
`),ce=t(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`),le=[`REGULAR`,`EMERGENCY`,`CRISIS_EMERGENCY`,`SMALL_SCALE`,`UNACCOMPANIED_MINORS`,`REGISTRATION`],ue=[`CHILDREN`,`TEENS`,`MIXED`],de=[`AGE_6_8`,`AGE_9_11`,`AGE_12_14`,`AGE_15_17`];function fe(e){return{title:f(`staff.locations.title`),render(t){let n=b(`div`,{},P());t.append(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),n);let r=async()=>{try{let{locations:e}=await x(L),t=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];n.replaceChildren(t.length===0?b(`p`,{},f(`staff.locations.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>b(`li`,{class:`card`},b(`h2`,{},b(`a`,{href:`/staff/locations/${e.id}`,"data-link":!0},e.name)),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${e.kind}`),e.municipality,f(`staff.locations.counts`,{councils:String(e.councils?.length??0),members:String(e.members.totalCount),housed:String(e.childrenHoused)})].filter(Boolean).join(` · `))))))}catch(e){let t=M();t.error(e),n.replaceChildren(t.element)}};r(),e.viewer.capabilities.includes(`MANAGE_LOCATIONS`)&&t.append(R(()=>void r()))}}}function R(e){let t=O({name:`name`,required:!0,maxlength:`120`}),n=k(le.map(e=>[e,f(`staff.locationKinds.${e}`)])),r=O({name:`municipality`}),i=O({type:`number`,min:`0`,name:`childrenHoused`,inputmode:`numeric`}),a=M(),o=b(`form`,{class:`staff-form`},D(f(`staff.locations.name`),t),D(f(`staff.locations.kind`),n),D(f(`staff.locations.municipality`),r),D(f(`staff.locations.childrenHoused`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.locations.create`))));return N(o,async()=>{try{await x(te,{input:{name:t.value.trim(),kind:n.value,municipality:r.value.trim()||null,childrenHoused:i.value?Number(i.value):null}}),o.reset(),a.success(f(`staff.saved`)),e()}catch(e){a.error(e)}}),A(f(`staff.locations.create`),o)}function z(e,t){return{title:f(`staff.locations.title`),render(n){let r=b(`div`,{},P());n.append(r);let i=async(n=!0)=>{try{let[{node:a},{locations:o}]=await Promise.all([x(ee,{id:t}),x(L)]);if(!a||!(`councils`in a)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let s=(o.edges??[]).flatMap(e=>e?.node&&e.node.id!==t?(e.node.councils??[]).map(t=>({id:t.id,label:`${t.name} (${e.node?.name??``})`})):[]);B(r,e,a,s,()=>void i(!1)),n&&r.querySelector(`h1`)?.focus()}catch(e){let t=M();t.error(e),r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),t.element)}};i()}}}function B(e,t,r,i,a){let o=r.councils??[],s=r.members.edges?.flatMap(e=>e?.node?[e.node]:[])??[],c=r.tablets??[],l=b(`div`,{class:`pin-slot`});e.replaceChildren(b(`p`,{},b(`a`,{href:`/staff/locations`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.locations.all`)))),b(`h1`,{tabindex:`-1`},r.name),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${r.kind}`),r.municipality].filter(Boolean).join(` · `)),A(f(`staff.councils.title`),o.length===0?b(`p`,{},f(`staff.councils.none`)):b(`ul`,{class:`plain-list`,role:`list`},...o.map(e=>b(`li`,{},`${e.name} · ${f(`staff.ageGroups.${e.ageGroup}`)}`))),V(r.id,a)),A(f(`staff.members.title`),pe(s,i,a),l,o.length>0?he(o,l,a):b(`p`,{},f(`staff.members.needCouncil`))),A(f(`staff.tablets.title`),ge(c,a),_e(t,r.id,r.name)))}function V(e,t){let n=O({name:`councilName`,required:!0,maxlength:`120`}),r=k(ue.map(e=>[e,f(`staff.ageGroups.${e}`)])),i=M(),a=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.councils.create`)),D(f(`staff.councils.name`),n),D(f(`staff.councils.ageGroup`),r),i.element,b(`button`,{type:`submit`,class:`button button-secondary`},b(`span`,{},f(`staff.councils.create`))));return N(a,async()=>{try{await x(ne,{input:{locationID:e,name:n.value.trim(),ageGroup:r.value}}),t()}catch(e){i.error(e)}}),a}function pe(e,t,r){if(e.length===0)return b(`p`,{},f(`staff.members.none`));let i=e.map(e=>{let i=e.memberships?.find(e=>!e.leftAt)?.council.name??`–`,a=M(),o=b(`div`,{class:`row-actions`}),s=e.status===`LEFT`;if(e.lockedAt&&!s&&o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(ie,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.unlock`)))),t.length>0&&!s){let n=k([[``,f(`staff.members.transferTo`)],...t.map(e=>[e.id,e.label])],{"aria-label":f(`staff.members.transferTo`)});o.append(n,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{n.value&&x(ae,{memberID:e.id,toCouncilID:n.value}).then(r,e=>a.error(e))}}},b(`span`,{},f(`staff.members.transfer`))))}if(!s){let t=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.members.leftConfirm`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(oe,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.leftYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!0}},b(`span`,{},f(`staff.cancel`))));o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!1}},b(`span`,{},f(`staff.members.leftAction`))),t)}return b(`tr`,{},b(`td`,{},b(`span`,{class:`member-cell`},g(e.avatar,`avatar avatar-small`),b(`bdi`,{},e.pseudonym))),b(`td`,{},f(`staff.ageBands.${e.ageBand}`)),b(`td`,{},me(e.language)),b(`td`,{},i),b(`td`,{},s?f(`staff.members.left`):e.lockedAt?b(`span`,{class:`badge badge-warning`},n(`lock`),f(`staff.members.locked`)):f(`staff.members.active`)),b(`td`,{},o,a.element))});return b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table`},b(`thead`,{},b(`tr`,{},...[`pseudonym`,`ageBand`,`language`,`council`,`status`,`actions`].map(e=>b(`th`,{scope:`col`},f(`staff.members.columns.${e}`))))),b(`tbody`,{},...i)))}function me(e){return c.includes(e)?s(e).nativeName:e}function he(e,t,n){let r=k(e.map(e=>[e.id,e.name]),{name:`council`}),i=O({name:`pseudonym`,required:!0,maxlength:`40`,autocomplete:`off`}),a=k(de.map(e=>[e,f(`staff.ageBands.${e}`)]),{name:`ageBand`}),o=k(c.map(e=>[e,s(e).nativeName]),{name:`language`}),l=O({type:`checkbox`,name:`unaccompanied`,class:`checkbox`}),d=`avatar-${Math.random().toString(36).slice(2)}`,p=b(`fieldset`,{class:`avatar-picker`},b(`legend`,{},f(`staff.members.avatar`)),...u.map((e,t)=>{let n=O({type:`radio`,name:d,value:e,id:`${d}-${e}`,class:`avatar-radio`});return t===0&&(n.checked=!0),b(`label`,{class:`avatar-option`,for:n.id},n,g(e,`avatar`),b(`span`,{},f(`avatars.names.${e}`)))})),m=M(),h=b(`form`,{class:`staff-form register-form`},b(`h3`,{},f(`staff.members.register`)),b(`p`,{class:`field-hint`},f(`staff.members.privacy`)),D(f(`staff.members.council`),r),D(f(`staff.members.pseudonym`),i,f(`staff.members.pseudonymHint`)),p,D(f(`staff.members.ageBand`),a),D(f(`staff.members.language`),o),b(`div`,{class:`field field-check`},l,b(`label`,{for:l.id||=`unaccompanied-`+d},f(`staff.members.unaccompanied`))),m.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.members.register`))));return N(h,async()=>{m.clear();let e=h.querySelector(`input[name="${d}"]:checked`)?.value??`fox`;try{let{registerYouthMember:s}=await x(re,{input:{councilID:r.value,pseudonym:i.value.trim(),avatar:e,ageBand:a.value,language:o.value,unaccompanied:l.checked}});t.replaceChildren(w(s.member,s.pin,()=>{t.replaceChildren(),n()})),h.reset(),t.querySelector(`.pin-card`)?.scrollIntoView({block:`center`})}catch(e){m.error(e)}}),h}function ge(e,t){return e.length===0?b(`p`,{},f(`staff.tablets.none`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>{let r=M(),i=b(`div`,{class:`row-actions`});if(!e.revokedAt){let n=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.tablets.confirmRevoke`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(ce,{id:e.id}).then(t,e=>r.error(e))}},b(`span`,{},f(`staff.tablets.revokeYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!0}},b(`span`,{},f(`staff.cancel`))));i.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!1}},b(`span`,{},f(`staff.tablets.revoke`))),n)}return b(`li`,{class:`card`},b(`p`,{class:`card-title`},n(`tablet`),b(`span`,{},e.name)),b(`p`,{class:`card-meta`},e.revokedAt?f(`staff.tablets.revoked`,{date:F(e.revokedAt)}):f(`staff.tablets.enrolled`,{date:F(e.createdAt),seen:F(e.lastSeenAt)})),i,r.element)}))}function _e(e,t,r){let i=O({name:`tabletName`,required:!0,maxlength:`80`,value:f(`staff.tablets.defaultName`)}),a=M(),o=b(`div`,{hidden:!0,class:`enrolled`}),s=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.tablets.enroll`)),b(`p`,{class:`field-hint`},f(`staff.tablets.enrollHint`)),D(f(`staff.tablets.name`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`tablet`),b(`span`,{},f(`staff.tablets.enroll`))),o);return N(s,async()=>{a.clear();try{await x(se,{locationID:t,name:i.value.trim()}),a.success(f(`staff.tablets.enrolledNow`,{location:r})),o.hidden=!1,o.replaceChildren(b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void S().then(()=>e.navigate(`/`,{replace:!0}))}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.tablets.signOutToTablet`))))}catch(e){a.error(e)}}),s}var ve=t(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);function ye(e){return{title:f(`staff.signIn.title`),render(t){let r=O({type:`email`,name:`email`,autocomplete:`username`,required:!0}),i=O({type:`password`,name:`password`,autocomplete:`current-password`,required:!0}),a=M(),o=b(`form`,{class:`staff-form sign-in-form`,novalidate:!0},D(f(`staff.signIn.email`),r),D(f(`staff.signIn.password`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`hello`),b(`span`,{},f(`staff.signIn.submit`))));N(o,async()=>{a.clear();try{await x(ve,{email:r.value.trim(),password:i.value}),await e.signedIn()}catch(e){a.error(e),i.value=``,i.focus()}}),t.append(b(`div`,{class:`sign-in-page`},b(`h1`,{tabindex:`-1`},f(`staff.signIn.title`)),b(`p`,{class:`screen-hint`},f(`staff.signIn.hint`)),o,b(`p`,{},b(`a`,{href:`/`,"data-link":!0},f(`staff.signIn.toTablet`))))),r.focus()}}}function H(e){return l(e)?s(e).nativeName:e}function U(e,t,n,r=!1){let i=new Map,a=b(`div`,{class:`translation-grid`},...t.map(e=>{let t=r?b(`textarea`,{class:`input`,rows:`2`,name:`${n}-${e}`,...v(e)}):O({name:`${n}-${e}`,...v(e)});return i.set(e,t),D(H(e),t)}));return{element:b(`fieldset`,{class:`translations`},b(`legend`,{},e),a),values:()=>[...i].flatMap(([e,t])=>t.value.trim()?[{lang:e,text:t.value.trim()}]:[]),missing:e=>e.filter(e=>!i.get(e)?.value.trim()),onInput:e=>{for(let t of i.values())t.addEventListener(`input`,e)}}}var be=t(`
  query AnnouncementLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          languages
        }
      }
    }
  }
`),xe=t(`
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
`),Se=t(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);function Ce(e){return{title:f(`staff.announcements.title`),render(e){let t=b(`div`,{},P());e.append(b(`h1`,{tabindex:`-1`},f(`staff.announcements.title`)),t),x(be).then(({locations:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(r.length===0){t.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let i=k(r.map(e=>[e.id,e.name]),{name:`location`}),a=b(`div`,{}),s=b(`div`,{}),c=()=>{let e=r.find(e=>e.id===i.value)??r[0];s.replaceChildren(we(e,()=>void l(e))),l(e)},l=async e=>{a.replaceChildren(P());try{let{locationAnnouncements:t}=await x(xe,{locationID:e.id}),r=o();a.replaceChildren(t.length===0?b(`p`,{},f(`staff.announcements.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>{let t=p(e.title,r),i=p(e.body,r);return b(`li`,{class:`card`,"data-announcement":e.id},b(`p`,{class:`card-title`},n(`news`),t?b(`span`,v(t.lang),t.text):``),i&&b(`p`,v(i.lang),i.text),b(`p`,{class:`card-meta`},[e.publishAt?I(e.publishAt):``,e.expiresAt?`→ ${I(e.expiresAt)}`:``].filter(Boolean).join(` `)),e.missingLanguages.length>0&&b(`ul`,{class:`translation-warnings`},...e.missingLanguages.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:H(e)})))))})))}catch(e){let t=M();t.error(e),a.replaceChildren(t.element)}};i.addEventListener(`change`,c),t.replaceChildren(b(`div`,{class:`staff-form`},D(f(`staff.reports.location`),i)),A(f(`staff.announcements.published`),a),s),c()},e=>{let n=M();n.error(e),t.replaceChildren(n.element)})}}}function we(e,t){let r=e.languages??[],i=[...new Set([...r,`nl`,`en`])],a=U(f(`staff.announcements.titleField`),i,`title`),o=U(f(`staff.announcements.body`),i,`body`,!0),s=O({type:`date`,name:`publishAt`}),c=O({type:`date`,name:`expiresAt`}),l=b(`ul`,{class:`translation-warnings`}),u=M(),d=()=>{let e=new Set([...a.missing(r),...o.missing(r)]);l.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:H(e)}))))};a.onInput(d),o.onInput(d),d();let p=b(`form`,{class:`staff-form poll-editor announcement-form`},a.element,o.element,b(`div`,{class:`report-dates`},D(f(`staff.announcements.publishAt`),s),D(f(`staff.announcements.expiresAt`),c)),b(`div`,{role:`status`},l),u.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`news`),b(`span`,{},f(`staff.announcements.publish`))));return N(p,async()=>{u.clear();try{await x(Se,{input:{locationID:e.id,title:a.values(),body:o.values(),publishAt:s.value?new Date(`${s.value}T00:00:00`).toISOString():null,expiresAt:c.value?new Date(`${c.value}T23:59:59`).toISOString():null}}),p.reset(),d(),u.success(f(`staff.saved`)),t()}catch(e){u.error(e)}}),A(f(`staff.announcements.new`,{location:e.name}),p)}var Te=t(`
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
`),Ee=t(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`),De=[`IN_PROGRESS`,`DONE`,`NOT_POSSIBLE`];function Oe(e){return{title:f(`staff.answers.title`),render(e){let t=b(`div`,{},P());e.append(b(`h1`,{tabindex:`-1`},f(`staff.answers.title`)),b(`p`,{class:`field-hint`},f(`staff.answers.hint`)),t);let n=()=>{x(Te).then(({threadBoard:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.answers.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>ke(e,n))))},e=>{let n=M();n.error(e),t.replaceChildren(n.element)})};n()}}}function W(e){return l(e)?s(e).nativeName:e}function ke(e,t){let r=Ae(e,t);return r.hidden=!0,b(`li`,{class:`card answer-card`,"data-thread":e.id},b(`p`,{class:`card-title`},d(e.theme),b(`span`,{dir:`auto`},e.title),b(`span`,{class:`card-meta`},` · ${e.location.name} · ${f(`board.status.${e.status}`)} · ${f(`staff.answers.meToo`,{count:String(e.meTooCount)})}`)),b(`ul`,{class:`plain-list`},...e.conversation.map(e=>b(`li`,v(e.language),e.body))),e.latestResponse&&b(`p`,{class:`card-meta`},`${f(`staff.answers.latest`)}: `,b(`span`,v(e.latestResponse.language),e.latestResponse.text)),b(`button`,{type:`button`,class:`button button-secondary button-small open-answer`,on:{click:e=>{r.hidden=!1,e.currentTarget.hidden=!0,r.querySelector(`textarea`)?.focus()}}},n(`write`),b(`span`,{},f(`staff.answers.answer`))),r)}function Ae(e,t){let r=[...new Set([...e.location.languages??[],`nl`,`en`])],i=k(De.map(e=>[e,f(`board.status.${e}`)]),{name:`status`}),a=O({type:`date`,name:`commitmentDate`}),o=D(f(`staff.answers.commitment`),a),s=new Map,c=new Map,l=b(`ul`,{class:`translation-warnings`}),u=b(`div`,{role:`status`},l),d=(e,t,n)=>{let r=b(`textarea`,{class:`input`,rows:`4`,name:`${n}-${e}`,...v(e)});return r.addEventListener(`input`,_),t.set(e,r),D(W(e),r)},p=b(`div`,{class:`translation-grid`},...r.map(e=>d(e,s,`body`))),m=b(`div`,{class:`translation-grid`},...r.map(e=>d(e,c,`reason`))),h=b(`fieldset`,{class:`translations`,hidden:!0},b(`legend`,{},f(`staff.answers.reason`)),m),g=M();function _(){let t=(e.location.languages??[]).filter(e=>!s.get(e)?.value.trim());l.replaceChildren(...t.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:W(e)}))))}let y=()=>{o.hidden=i.value!==`IN_PROGRESS`,h.hidden=i.value!==`NOT_POSSIBLE`};i.addEventListener(`change`,y),y(),_();let S=b(`form`,{class:`staff-form answer-form`},D(f(`staff.answers.status`),i),b(`fieldset`,{class:`translations`},b(`legend`,{},f(`staff.answers.text`)),p),u,o,h,g.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`board`),b(`span`,{},f(`staff.answers.send`)))),C=e=>[...e].flatMap(([e,t])=>t.value.trim()?[{lang:e,text:t.value.trim()}]:[]);return N(S,async()=>{g.clear();let n=i.value;try{await x(Ee,{input:{threadID:e.id,status:n,body:C(s),commitmentDate:n===`IN_PROGRESS`&&a.value?new Date(`${a.value}T12:00:00Z`).toISOString():null,reason:n===`NOT_POSSIBLE`?C(c):null}}),t()}catch(e){g.error(e)}}),S}var je=t(`
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
`),Me=t(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      moderationState
    }
  }
`),Ne=[`PERSONAL_INFO`,`HURTFUL`,`OFF_TOPIC`,`DUPLICATE`,`OTHER`];function Pe(e){return{title:f(`staff.moderation.title`),render(e){let t=b(`div`,{},P());e.append(b(`h1`,{tabindex:`-1`},f(`staff.moderation.title`)),b(`p`,{class:`field-hint`},f(`staff.moderation.hint`)),t),x(je).then(({moderationQueue:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(r.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.empty`))):b(`ul`,{class:`card-list`,role:`list`},...r.map(e=>Fe(e))))},e=>{let n=M();n.error(e),t.replaceChildren(n.element)})}}}function Fe(e){let t=M(),r=b(`textarea`,{class:`input`,rows:`2`,maxlength:`1000`}),i=k(Ne.map(e=>[e,f(`staff.moderation.reasons.${e}`)]),{name:`reason`}),a=b(`div`,{class:`decision-details`,hidden:!0},b(`div`,{class:`reason-field`},D(f(`staff.moderation.reason`),i)),D(f(`staff.moderation.note`),r,f(`staff.moderation.noteHint`))),o,s=b(`button`,{type:`button`,class:`button button-primary button-small`,hidden:!0},b(`span`,{},f(`staff.moderation.confirm`))),c=async a=>{t.clear();for(let e of u.querySelectorAll(`button`))e.disabled=!0;try{await x(Me,{input:{postID:e.id,decision:a,reasonCode:a===`REJECT`?i.value:null,note:r.value.trim()||null}}),u.replaceChildren(b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.done.${a}`))))}catch(e){t.error(e);for(let e of u.querySelectorAll(`button`))e.disabled=!1}},l=e=>{o=e,a.hidden=!1,a.querySelector(`.reason-field`).hidden=e!==`REJECT`,s.hidden=!1,s.querySelector(`span`).textContent=f(`staff.moderation.confirmAction.${e}`)};s.addEventListener(`click`,()=>{o&&c(o)});let u=b(`li`,{class:`card moderation-card`,"data-post":e.id},b(`p`,{class:`card-title`},d(e.thread.theme),b(`span`,{dir:`auto`},e.thread.title),b(`span`,{class:`card-meta`},` · ${e.thread.location.name} · ${F(e.createdAt)}`)),b(`blockquote`,{class:`moderation-body`,...v(e.language)},e.body),e.flags.length>0&&b(`ul`,{class:`flags`,role:`list`,"aria-label":f(`staff.moderation.flags`)},...e.flags.map(e=>b(`li`,{class:`flag flag-${e.toLowerCase()}`},n(`alert`),b(`span`,{},f(`staff.moderation.flagNames.${e}`))))),b(`div`,{class:`row-actions`},b(`button`,{type:`button`,class:`button button-primary button-small approve`,on:{click:()=>void c(`APPROVE`)}},n(`check`),b(`span`,{},f(`staff.moderation.approve`))),b(`button`,{type:`button`,class:`button button-secondary button-small reject`,on:{click:()=>l(`REJECT`)}},b(`span`,{},f(`staff.moderation.reject`))),b(`button`,{type:`button`,class:`button button-danger button-small escalate`,on:{click:()=>l(`ESCALATE`)}},n(`alert`),b(`span`,{},f(`staff.moderation.escalate`)))),a,s,t.element);return u}var Ie=new Set([`UNAUTHENTICATED`,`FORBIDDEN`,`NOT_FOUND`,`BAD_USER_INPUT`]);function Le(e,t,n){let r=n.WebSocket??globalThis.WebSocket,i=n.retryMs??1e3,a=n.maxRetryMs??3e4,o=i,s,c=!1,l,u=(e,t)=>{try{e.send(JSON.stringify(t))}catch{}},d=()=>{if(c||l!==void 0)return;let e=s;s=void 0,e?.close();let t=o;o=Math.min(o*2,a),l=setTimeout(()=>{l=void 0,c||p()},t)},f=e=>{let t=e?.[0],r=t?.extensions?.code??`INTERNAL`,i=!Ie.has(r);n.onError?.(t?.message??`error`,r,i),i?d():(c=!0,s?.close())},p=()=>{let a=new URL(`/graphql`,location.href);a.protocol=a.protocol===`https:`?`wss:`:`ws:`;let l=new r(a,`graphql-transport-ws`);s=l;let p;l.addEventListener(`open`,()=>u(l,{type:`connection_init`,payload:{}})),l.addEventListener(`message`,r=>{if(l!==s||c)return;let a;try{a=JSON.parse(String(r.data))}catch{return}switch(a.type){case`connection_ack`:u(l,{id:`1`,type:`subscribe`,payload:{query:e.toString(),variables:t}});break;case`ping`:u(l,{type:`pong`});break;case`next`:if(a.id!==`1`)break;a.payload.data?(o=i,p=void 0,n.onData(a.payload.data)):p=a.payload.errors;break;case`error`:if(a.id!==`1`)break;f(a.payload);break;case`complete`:if(a.id!==`1`)break;p?f(p):(n.onError?.(`the live figure ended`,`INTERNAL`,!0),d()),p=void 0}}),l.addEventListener(`close`,()=>{l!==s||c||(n.onError?.(`connection closed`,`NETWORK`,!0),d())})};return p(),{stop(){c=!0,clearTimeout(l),l=void 0,s?.readyState===r.OPEN&&u(s,{id:`1`,type:`complete`}),s?.close(),s=void 0}}}var Re=`http://www.w3.org/2000/svg`,G=0;function K(e,t){let n=document.createElementNS(Re,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}function q(e){G+=1;let t=`chart-${G}`,n=Math.max(1,...e.bars.map(e=>e.value??0)),r=K(`svg`,{viewBox:`0 0 600 ${e.bars.length*66+8}`,class:`bar-chart`,role:`img`,"aria-labelledby":`${t}-title`}),i=K(`title`,{id:`${t}-title`});i.textContent=e.title,r.append(i);let a=K(`defs`,{}),o=K(`pattern`,{id:`${t}-hatch`,width:8,height:8,patternUnits:`userSpaceOnUse`,patternTransform:`rotate(45)`});return o.append(K(`rect`,{width:8,height:8,class:`bar-suppressed-bg`}),K(`line`,{x1:0,y1:0,x2:0,y2:8,class:`bar-hatch`})),a.append(o),r.append(a),e.bars.forEach((i,a)=>{let o=a*66+4,s=K(`text`,{x:0,y:o+16,class:`bar-label`});s.textContent=i.label,i.lang&&s.setAttribute(`lang`,i.lang);let c=o+22,l=K(`text`,{y:c+22+6,class:`bar-value`});if(i.value===null)r.append(s,K(`rect`,{x:0,y:c,width:60,height:28,fill:`url(#${t}-hatch)`,class:`bar-suppressed`})),l.setAttribute(`x`,`70`),l.textContent=e.suppressedText;else{let e=Math.max(2,480*i.value/n);r.append(s,K(`rect`,{x:0,y:c,width:e,height:28,rx:4,class:`bar`})),l.setAttribute(`x`,String(0+e+10)),l.textContent=String(i.value)}r.append(l)}),b(`figure`,{class:`chart`},r,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.bars.map(t=>b(`tr`,{},b(`td`,t.lang?{lang:t.lang,dir:`auto`}:{},t.label),b(`td`,{},t.value===null?e.suppressedText:String(t.value)))))))}var ze=t(`
  query StaffPolls {
    polls(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),Be=t(`
  query PollTargets {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
`),Ve=t(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),He=t(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`),Ue=t(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`),We=t(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`),Ge=t(`
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
        }
        council {
          name
        }
        closedAt
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
`),Ke=t(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`),qe=[`SINGLE_CHOICE`,`MULTIPLE_CHOICE`,`YES_NO`,`SMILEY_SCALE`,`RANKING`];function Je(e,t){return t[0]===`new`?Qe(e):t[0]?et(e,t[0]):Xe()}function J(e){return e.turnoutSuppressed||e.turnout===null||e.turnout===void 0?f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}):String(e.turnout)}function Ye(e){return l(e)?s(e).nativeName:e}function Xe(){return{title:f(`staff.polls.title`),render(t){let r=b(`div`,{},P());t.append(b(`h1`,{tabindex:`-1`},f(`staff.polls.title`)),b(`p`,{},b(`a`,{class:`button button-primary`,href:`/staff/polls/new`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.polls.new`)))),r);let i=[],a=()=>{for(let e of i)e.stop();i=[]},o=()=>{x(ze).then(({polls:t})=>{a();let n=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];r.replaceChildren(n.length===0?b(`p`,{},f(`staff.polls.none`)):b(`ul`,{class:`card-list`,role:`list`},...n.map(e=>Ze(e,o))));for(let t of r.querySelectorAll(`.live-turnout`)){let n=t.dataset.poll??``;i.push(Le(Ke,{pollID:n},{onData:({pollTurnout:e})=>{let n=J(e);t.textContent=f(`staff.polls.liveTurnout`,{turnout:n}),t.dataset.turnout=e.turnout===null||e.turnoutSuppressed?`<${e.minGroupSize}`:String(e.turnout),delete t.dataset.paused},onError:(n,r,i)=>{t.dataset.paused=`true`,t.textContent=i?f(`staff.polls.liveTurnoutPaused`,{turnout:t.dataset.turnout??`…`}):j(new e([{code:r,message:n}]))}}))}},e=>{let t=M();t.error(e),r.replaceChildren(t.element)})};return o(),a}}}function Ze(e,t){let r=p(e.question,o()),i=M(),a=(e,n,r)=>b(`button`,{type:`button`,class:`button button-secondary button-small ${r}`,on:{click:()=>void n().then(t,e=>i.error(e))}},b(`span`,{},e)),s=b(`div`,{class:`row-actions`});return e.status===`DRAFT`&&s.append(a(f(`staff.polls.open`),()=>x(He,{id:e.id}),`poll-open`)),e.status===`OPEN`&&s.append(a(f(`staff.polls.close`),()=>x(Ue,{id:e.id}),`poll-close`)),e.status===`CLOSED`&&s.append(a(f(`staff.polls.publish`),()=>x(We,{id:e.id}),`poll-publish`)),e.status!==`DRAFT`&&s.append(b(`a`,{class:`button button-secondary button-small poll-results`,href:`/staff/polls/${e.id}`,"data-link":!0},n(`chart`),b(`span`,{},f(`staff.polls.results`)))),b(`li`,{class:`card`,"data-poll":e.id,"data-status":e.status},b(`p`,{class:`card-title`},d(e.theme),r?b(`span`,v(r.lang),r.text):``),b(`p`,{class:`card-meta`},[f(`staff.polls.status.${e.status}`),f(`staff.polls.kinds.${e.kind}`),e.council?.name??e.location?.name??f(`staff.polls.national`)].join(` · `)),e.status===`OPEN`&&b(`p`,{class:`live-turnout`,"data-poll":e.id,role:`status`}),s,i.element)}function Qe(e){return{title:f(`staff.polls.new`),render(t){let r=b(`div`,{},P());t.append(b(`p`,{},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),b(`h1`,{tabindex:`-1`},f(`staff.polls.new`)),r),x(Be).then(({locations:t})=>{let n=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];r.replaceChildren($e(e,n))},e=>{let t=M();t.error(e),r.replaceChildren(t.element)})}}}function $e(e,t){let i=k(t.flatMap(e=>[[`location:${e.id}`,f(`staff.polls.everyoneAt`,{location:e.name})],...(e.councils??[]).map(t=>[`council:${t.id}`,`${t.name} (${e.name})`])]),{name:`target`}),a=k(qe.map(e=>[e,f(`staff.polls.kinds.${e}`)]),{name:`kind`}),o=k(y.map(e=>[e,f(`themes.${e}`)]),{name:`theme`}),s=O({type:`number`,min:`1`,name:`maxChoices`,value:`2`,inputmode:`numeric`}),c=D(f(`staff.polls.maxChoices`),s),l=b(`form`,{class:`staff-form poll-editor`}),u=M(),d=b(`ul`,{class:`translation-warnings`}),p=b(`div`,{}),h=b(`div`,{}),g,_=[],v=[],S=[],C=e=>{let[n,r]=e.split(`:`);return n===`location`?t.find(e=>e.id===r):t.find(e=>e.councils?.some(e=>e.id===r))},w=()=>{let e=new Set;for(let t of g.missing(S))e.add(t);for(let t of _)for(let n of t.label.missing(S))e.add(n);d.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:Ye(e)}))))},T=()=>{let e=k([[``,f(`staff.polls.noPictogram`)],...m.map(e=>[e,e])],{name:`pictogram`}),t=b(`span`,{class:`pictogram-preview`}),n=()=>t.replaceChildren(r(e.value||null,o.value));e.addEventListener(`change`,n),n();let i=U(f(`staff.polls.optionLabel`,{n:String(_.length+1)}),v,`option${_.length+1}`);i.onInput(w);let a=b(`div`,{class:`poll-option-row`},b(`div`,{class:`pictogram-field`},t,D(f(`staff.polls.pictogram`),e)),i.element,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{_=_.filter(e=>e.row!==a),a.remove(),w()}}},b(`span`,{},f(`staff.polls.removeOption`))));_.push({pictogram:e,label:i,row:a}),E.append(a),w()},E=b(`div`,{class:`poll-options`}),A=()=>{S=C(i.value)?.languages??[],v=[...new Set([...S,`nl`,`en`])],g=U(f(`staff.polls.question`),v,`question`,!0),g.onInput(w),p.replaceChildren(g.element),_=[],E.replaceChildren();let e=a.value===`YES_NO`||a.value===`SMILEY_SCALE`;c.hidden=a.value!==`MULTIPLE_CHOICE`,h.replaceChildren(e?b(`p`,{class:`field-hint`},f(`staff.polls.standardOptions`)):b(`div`,{},b(`h2`,{},f(`staff.polls.options`)),E,b(`button`,{type:`button`,class:`button button-secondary add-option`,on:{click:T}},b(`span`,{},f(`staff.polls.addOption`))))),e||(T(),T()),w()};return i.addEventListener(`change`,A),a.addEventListener(`change`,A),l.append(D(f(`staff.polls.target`),i),D(f(`staff.polls.kind`),a),D(f(`staff.polls.theme`),o),c,p,h,b(`div`,{role:`status`},d),u.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`check`),b(`span`,{},f(`staff.polls.save`)))),A(),N(l,async()=>{u.clear();let[t,n]=i.value.split(`:`),r=a.value===`YES_NO`||a.value===`SMILEY_SCALE`;try{await x(Ve,{input:{councilID:t===`council`?n??null:null,locationID:t===`location`?n??null:null,kind:a.value,theme:o.value,question:g.values(),options:r?null:_.map(e=>({label:e.label.values(),pictogram:e.pictogram.value||null})),maxChoices:a.value===`MULTIPLE_CHOICE`?Number(s.value):null}}),e.navigate(`/staff/polls`)}catch(e){u.error(e)}}),l}function et(e,t){return{title:f(`staff.polls.results`),render(e){let r=b(`div`,{},P());e.append(b(`p`,{class:`no-print`},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),r),x(Ge,{id:t}).then(({node:e,pollResults:t})=>{if(!e||!(`options`in e)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let i=o(),a=p(e.question,i),s=f(`staff.polls.fewerThan`,{k:String(t.minGroupSize)}),c=new Map(t.options.map(e=>[e.optionID,e])),l=[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,i),n=c.get(e.id);return{label:t?.text??e.pictogram??``,value:n&&!n.suppressed?n.count??null:null,lang:t?.lang??i}}),u=J(t);r.replaceChildren(b(`article`,{class:`report print-area`},b(`h1`,{tabindex:`-1`,...a?v(a.lang):{}},a?.text??f(`staff.polls.results`)),b(`p`,{class:`card-meta`},[e.council?.name??e.location?.name??f(`staff.polls.national`),f(`staff.polls.status.${t.status}`),e.closedAt?f(`staff.polls.closedOn`,{date:F(e.closedAt)}):``].filter(Boolean).join(` · `)),b(`p`,{class:`report-figure`},f(`staff.polls.turnout`,{turnout:u})),t.countsVisible?A(f(`staff.polls.chartTitle`),q({title:a?.text??f(`staff.polls.results`),bars:l,suppressedText:s,labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}),t.median!==null&&t.median!==void 0&&b(`p`,{},f(`staff.polls.median`,{median:t.median.toLocaleString(i)}))):b(`p`,{class:`outcome is-success`,role:`status`},n(`lock`),b(`span`,{},f(`staff.polls.hiddenWhileOpen`))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(t.minGroupSize)}))),b(`p`,{class:`no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))))},e=>{let t=M();t.error(e),r.replaceChildren(t.element)})}}}var tt=`http://www.w3.org/2000/svg`;function Y(e,t){let n=document.createElementNS(tt,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}var X=0;function nt(e){X+=1;let t=`line-${X}`,n=e.format??(e=>e.toFixed(1)),r={left:40,right:16,top:16,bottom:40},i=600-r.left-r.right,a=240-r.top-r.bottom,o=t=>r.left+(e.points.length<=1?i/2:i*t/(e.points.length-1)),s=t=>r.top+a-(t-e.min)/(e.max-e.min||1)*a,c=Y(`svg`,{viewBox:`0 0 600 240`,class:`line-chart`,role:`img`,"aria-labelledby":`${t}-title`}),l=Y(`title`,{id:`${t}-title`});l.textContent=e.title,c.append(l);for(let t=e.min;t<=e.max;t+=1){c.append(Y(`line`,{x1:r.left,x2:600-r.right,y1:s(t),y2:s(t),class:`grid-line`}));let e=Y(`text`,{x:r.left-8,y:s(t)+5,class:`axis-label`,"text-anchor":`end`});e.textContent=String(t),c.append(e)}if(e.points.length>0){let t=e.points.map((e,t)=>`${t===0?`M`:`L`}${o(t).toFixed(1)} ${s(e.value).toFixed(1)}`).join(` `);c.append(Y(`path`,{d:t,class:`line`})),e.points.forEach((e,t)=>{c.append(Y(`circle`,{cx:o(t),cy:s(e.value),r:5,class:`line-point`}));let n=Y(`text`,{x:o(t),y:228,class:`axis-label`,"text-anchor":`middle`});n.textContent=e.label,c.append(n)})}return b(`figure`,{class:`chart`},c,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.points.map(e=>b(`tr`,{},b(`td`,{},e.label),b(`td`,{},n(e.value)))))))}var rt=t(`
  query ReportLocations {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`),it=t(`
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
      generatedAt
    }
  }
`),at=t(`
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
    }
  }
`);function ot(e){return{title:f(`staff.reports.title`),render(t){let r=b(`div`,{},P());t.append(b(`h1`,{class:`no-print`,tabindex:`-1`},f(`staff.reports.title`)),r),x(rt).then(({locations:t})=>{let i=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(i.length===0){r.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let a=k([...e.viewer.capabilities.includes(`READ_NATIONAL_REPORT`)?[[`national`,f(`staff.reports.national`)]]:[],...i.map(e=>[e.id,e.name])],{name:`location`}),o=O({type:`date`,name:`from`}),s=O({type:`date`,name:`to`}),c=k([[`WEEK`,f(`staff.reports.weeks`)],[`MONTH`,f(`staff.reports.months`)]],{name:`trend`}),l=M(),u=b(`div`,{class:`report-slot`}),d=b(`form`,{class:`staff-form report-form no-print`},D(f(`staff.reports.location`),a),b(`div`,{class:`report-dates`},D(f(`staff.reports.from`),o),D(f(`staff.reports.to`),s),D(f(`staff.reports.trendPer`),c)),l.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`chart`),b(`span`,{},f(`staff.reports.show`)))),p=async()=>{l.clear(),u.replaceChildren(P());let e={from:o.value?new Date(`${o.value}T00:00:00`).toISOString():null,to:s.value?new Date(`${s.value}T23:59:59`).toISOString():null,trend:c.value};try{if(a.value===`national`){let{nationalReport:t}=await x(at,e);u.replaceChildren(ct(t));return}let{locationReport:t}=await x(it,{locationID:a.value,...e});u.replaceChildren(st(t,{from:o.value,to:s.value}))}catch(e){u.replaceChildren(),l.error(e)}};N(d,p),r.replaceChildren(d,u),p()},e=>{let t=M();t.error(e),r.replaceChildren(t.element)})}}}function Z(e,t,n){let r=new URLSearchParams;n.from&&r.set(`from`,n.from),n.to&&r.set(`to`,n.to);let i=r.toString();return`/export/location/${encodeURIComponent(e.locationID)}.${t}${i?`?${i}`:``}`}function st(e,t){let r=o(),i=String(e.minGroupSize),a=f(`staff.polls.fewerThan`,{k:i}),s=(e,t=0)=>e==null?a:e.toLocaleString(r,{maximumFractionDigits:t}),c=e=>e==null?f(`staff.reports.notEnough`):f(`staff.reports.hours`,{hours:e.toLocaleString(r,{maximumFractionDigits:1})}),l=e.participation,u=[[f(`staff.reports.activeMembers`),s(l.activeMembers)],[f(`staff.reports.voters`),s(l.voters)],[f(`staff.reports.turnout`),l.turnoutPercent===null||l.turnoutPercent===void 0?a:`${s(l.turnoutPercent,0)} %`],[f(`staff.reports.posts`),s(l.posts)],[f(`staff.reports.safetyScore`),e.safetyScore===null||e.safetyScore===void 0?f(`staff.reports.notEnough`):`${s(e.safetyScore,1)} / 5`],[f(`staff.reports.overdue`),s(e.overdueResponses)],[f(`staff.reports.safeguarding`),s(e.openSafeguardingCases)],[f(`staff.reports.moderationTime`),c(e.feedback.medianModerationHours)],[f(`staff.reports.responseTime`),c(e.feedback.medianResponseHours)]],d=e.themes.filter(e=>e.theme),m=e=>e?f(`themes.${e}`):``,h=new Map;for(let t of e.smileyTrend)h.set(t.theme,[...h.get(t.theme)??[],t]);return b(`article`,{class:`report print-area`,"data-location":e.locationID},b(`h2`,{class:`report-title`},e.locationName),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:I(e.period.from),to:I(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`))),b(`a`,{class:`button button-secondary report-csv`,href:Z(e,`csv`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.csv`))),b(`a`,{class:`button button-secondary report-xlsx`,href:Z(e,`xlsx`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.xlsx`)))),A(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...u.map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),d.length>0&&A(f(`staff.reports.themes`),q({title:f(`staff.reports.threadsPerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.threads??null})),suppressedText:a,labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.threads`)}),q({title:f(`staff.reports.responseTimePerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.medianResponseHours===null||e.medianResponseHours===void 0?null:Math.round(e.medianResponseHours)})),suppressedText:f(`staff.reports.notEnough`),labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.hoursHeading`)})),h.size>0&&A(f(`staff.reports.trend`),...[...h].map(([e,t])=>nt({title:f(`staff.reports.trendOf`,{theme:m(e)}),points:t.map(e=>({label:new Date(e.start).toLocaleDateString(r,{day:`numeric`,month:`short`}),value:e.score})),min:1,max:5,labelHeading:f(`staff.reports.week`),valueHeading:f(`staff.reports.score`)}))),A(f(`staff.reports.polls`),e.polls.length===0?b(`p`,{},f(`staff.reports.noPolls`)):b(`div`,{class:`report-polls`},...e.polls.map(e=>{let t=p(e.question,r);return b(`div`,{class:`report-poll`},b(`h3`,t?v(t.lang):{},t?.text??``),b(`p`,{class:`card-meta`},f(`staff.polls.turnout`,{turnout:e.turnoutSuppressed?a:s(e.turnout)})),q({title:t?.text??``,bars:[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,r);return{label:t?.text??String(e.position+1),value:e.suppressed?null:e.count??null,lang:t?.lang??r}}),suppressedText:f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}))}))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:i})))}function ct(e){let t=o(),r=f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),i=(e,n=0)=>e==null?r:e.toLocaleString(t,{maximumFractionDigits:n}),a=e=>e==null?f(`staff.reports.notEnough`):`${i(e,1)} / 5`,s=[`location`,`kind`,`housed`,`voters`,`turnout`,`posts`,`overdue`,`safety`,`concerns`];return b(`article`,{class:`report print-area`,"data-location":`national`},b(`h2`,{class:`report-title`},f(`staff.reports.national`)),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:I(e.period.from),to:I(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))),A(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...[[f(`staff.reports.locationsCount`),String(e.total.locations)],[f(`staff.locations.childrenHoused`),i(e.total.childrenHoused)],[f(`staff.reports.voters`),i(e.total.participation.voters)],[f(`staff.reports.posts`),i(e.total.participation.posts)],[f(`staff.reports.overdue`),i(e.total.overdueResponses)],[f(`staff.reports.safeguarding`),i(e.total.openSafeguardingCases)],[f(`staff.reports.safetyScore`),a(e.total.safetyScore)]].map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),A(f(`staff.reports.byLocation`),b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table national-table`},b(`thead`,{},b(`tr`,{},...s.map(e=>b(`th`,{scope:`col`},f(`staff.reports.columns.${e}`))))),b(`tbody`,{},...e.locations.map(e=>b(`tr`,{class:e.concerns.length>0?`has-concern`:``},b(`th`,{scope:`row`},e.locationName??``),b(`td`,{},e.kind?f(`staff.locationKinds.${e.kind}`):``),b(`td`,{},i(e.childrenHoused)),b(`td`,{},i(e.participation.voters)),b(`td`,{},e.participation.turnoutPercent===null||e.participation.turnoutPercent===void 0?r:`${i(e.participation.turnoutPercent)} %`),b(`td`,{},i(e.participation.posts)),b(`td`,{},i(e.overdueResponses)),b(`td`,{},a(e.safetyScore)),b(`td`,{},...e.concerns.map(e=>b(`span`,{class:`badge badge-warning`},n(`alert`),f(`staff.reports.concerns.${e}`)))))))))),A(f(`staff.reports.byKind`),q({title:f(`staff.reports.votersPerKind`),bars:e.kinds.map(e=>({label:e.kind?f(`staff.locationKinds.${e.kind}`):``,value:e.participation.voters??null})),suppressedText:r,labelHeading:f(`staff.locations.kind`),valueHeading:f(`staff.reports.voters`)})),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(e.minGroupSize)})))}var lt=t(`
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
`),ut=t(`
  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
    updateSafeguardingCase(input: $input) {
      id
      status
    }
  }
`),dt=[`OPEN`,`IN_PROGRESS`,`CLOSED`];function ft(e){return{title:f(`staff.safeguarding.title`),render(e){let t=b(`div`,{},P());e.append(b(`h1`,{tabindex:`-1`},f(`staff.safeguarding.title`)),b(`p`,{class:`field-hint`},f(`staff.safeguarding.hint`)),t);let n=()=>{x(lt).then(({safeguardingCases:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.safeguarding.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>pt(e,n))))},e=>{let n=M();n.error(e),t.replaceChildren(n.element)})};n()}}}function pt(e,t){let r=k(dt.map(e=>[e,f(`staff.safeguarding.status.${e}`)]));r.value=e.status;let i=b(`textarea`,{class:`input`,rows:`3`,maxlength:`4000`}),a=M(),o=b(`form`,{class:`staff-form inline-form`},D(f(`staff.safeguarding.statusLabel`),r),D(f(`staff.safeguarding.note`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.safeguarding.save`))));return N(o,async()=>{try{await x(ut,{input:{caseID:e.id,status:r.value,note:i.value.trim()||null}}),t()}catch(e){a.error(e)}}),b(`li`,{class:`card`,"data-case":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${e.location.name} · ${f(`staff.safeguarding.status.${e.status}`)}`)),b(`p`,{class:`card-meta`},f(`staff.safeguarding.opened`,{date:F(e.openedAt),by:e.openedByName})),b(`blockquote`,{class:`moderation-body`,...v(e.postLanguage)},e.postBody),e.notes.length>0&&b(`ol`,{class:`plain-list`},...e.notes.map(e=>b(`li`,{},b(`span`,{class:`card-meta`},`${F(e.at)}: `),e.text))),o)}var mt=t(`
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
`),ht=t(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      acknowledgedAt
    }
  }
`);function gt(e){return{title:f(`staff.signals.title`),render(t){let r=b(`div`,{},P());t.append(b(`h1`,{tabindex:`-1`},f(`staff.signals.title`)),b(`p`,{class:`field-hint`},f(`staff.signals.hint`)),r);let i=()=>{x(mt).then(({signals:t})=>{let a=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];r.replaceChildren(a.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.signals.none`))):b(`ul`,{class:`card-list`,role:`list`},...a.map(t=>_t(t,e.viewer.capabilities.includes(`ACKNOWLEDGE_SIGNALS`),i))))},e=>{let t=M();t.error(e),r.replaceChildren(t.element)})};i()}}}function _t(e,t,r){let i=M();return b(`li`,{class:e.acknowledgedAt?`card`:`card signal-new`,"data-signal":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${f(`staff.signals.kinds.${e.kind}`)} · ${e.location.name}`)),b(`p`,{dir:`auto`},e.detail),b(`p`,{class:`card-meta`},e.acknowledgedAt?f(`staff.signals.acknowledged`,{date:F(e.acknowledgedAt)}):f(`staff.signals.raised`,{date:F(e.createdAt)})),!e.acknowledgedAt&&t&&b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(ht,{id:e.id}).then(r,e=>i.error(e))}},n(`check`),b(`span`,{},f(`staff.signals.acknowledge`))),i.element)}var vt=[{segment:`polls`,label:`staff.nav.polls`,icon:`vote`,capability:`MANAGE_POLLS`,page:Je},{segment:`moderation`,label:`staff.nav.moderation`,icon:`feedback`,capability:`MODERATE`,page:Pe},{segment:`safeguarding`,label:`staff.nav.safeguarding`,icon:`alert`,capability:`HANDLE_SAFEGUARDING`,page:ft},{segment:`reports`,label:`staff.nav.reports`,icon:`chart`,capability:`READ_REPORTS`,page:ot},{segment:`announcements`,label:`staff.nav.announcements`,icon:`news`,capability:`PUBLISH_ANNOUNCEMENTS`,page:Ce},{segment:`signals`,label:`staff.nav.signals`,icon:`alert`,capability:`READ_SIGNALS`,page:gt},{segment:`answers`,label:`staff.nav.threads`,icon:`board`,capability:`ANSWER_THREADS`,page:Oe}],yt={segment:`locations`,label:`staff.nav.locations`,icon:`home`,capability:`READ_COUNCILS`,page:(e,t)=>t[0]?z(e,t[0]):fe(e)};function Q(e){return[yt,...vt].filter(t=>e.capabilities.includes(t.capability))}function bt(e,t,n){let r=t.split(`/`).filter(Boolean).slice(1),a=C();if(a.kind!==`staff`||r[0]===`sign-in`){if(a.kind===`staff`){queueMicrotask(()=>n.navigate(`/staff`,{replace:!0}));return}return $(e,ye({async signedIn(){await i(),n.navigate(r[0]===`sign-in`||r.length===0?`/staff`:t,{replace:!0})}}),void 0,n)}let o={...n,viewer:a},s=Q(a),c=s[0];if(r.length===0&&c){queueMicrotask(()=>n.navigate(`/staff/${c.segment}`,{replace:!0}));return}let l=s.find(e=>e.segment===r[0]);return $(e,l?l.page(o,r.slice(1)):{title:f(`notFound.title`),render(e){e.append(b(`h1`,{tabindex:`-1`},f(`notFound.title`)))}},{sections:s,current:l,viewer:a},n)}function $(e,t,r,i){document.title=`${t.title} – ${f(`staff.title`)}`;let a=b(`select`,{class:`input staff-language`,id:`staff-language`,on:{change:e=>{let t=e.target.value;h(t).then(()=>i.refresh())}}},...c.map(e=>{let t=b(`option`,{value:e,lang:e},s(e).nativeName);return t.selected=e===o(),t})),l=b(`div`,{class:`staff-main`});return e.append(b(`div`,{class:`staff-console`},b(`header`,{class:`staff-header`},b(`p`,{class:`staff-brand`},b(`a`,{href:`/staff`,"data-link":!0},f(`staff.title`))),r&&b(`nav`,{class:`staff-nav`,"aria-label":f(`staff.nav.label`)},b(`ul`,{role:`list`},...r.sections.map(e=>b(`li`,{},b(`a`,{href:`/staff/${e.segment}`,"data-link":!0,"aria-current":e===r.current?`page`:void 0},n(e.icon),b(`span`,{},f(e.label))))))),b(`div`,{class:`staff-header-tools`},b(`label`,{for:`staff-language`,class:`visually-hidden`},f(`staff.language`)),a,r&&b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>void S().then(()=>{i.navigate(`/staff/sign-in`,{replace:!0})})}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.signOut`))))),l)),t.render(l)}export{bt as renderStaff};
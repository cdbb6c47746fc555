import{C as e,D as t,E as n,O as r,S as i,T as a,_ as o,a as s,b as c,c as l,d as u,f as d,g as f,h as p,i as m,l as h,m as g,n as _,o as v,p as y,r as b,s as x,t as S,u as C,v as w,w as T,x as E,y as D}from"./index-YbFUFuwt.js";var O=n(`
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
`),ee=n(`
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
`),te=n(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`),ne=n(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`),re=n(`
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
`),ie=n(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`),ae=n(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`),oe=n(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`),se=n(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
      createdAt
    }
  }
`),ce=n(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`),le=[`REGULAR`,`FAMILY`,`EMERGENCY`,`CRISIS_EMERGENCY`,`SMALL_SCALE`,`UNACCOMPANIED_MINORS`,`REGISTRATION`],ue=[`CHILDREN`,`TEENS`,`MIXED`],de=[`AGE_6_8`,`AGE_9_11`,`AGE_12_14`,`AGE_15_17`];function fe(e,t,n){let r=i(`div`,{class:`pin-card print-area`,role:`region`,"aria-label":w(`staff.pinCard.title`)},i(`div`,{class:`pin-card-head`},x(e.avatar,`avatar avatar-large`),i(`p`,{class:`pin-card-name`},i(`bdi`,{},e.pseudonym))),i(`p`,{class:`pin-card-hint`},w(`staff.pinCard.hint`)),i(`ol`,{class:`pin-card-pictures`,"data-pin":t.join(` `)},...t.map((e,t)=>i(`li`,{},i(`span`,{class:`pin-card-step`},String(t+1)),u(e,`pin-picture pin-card-picture`),i(`span`,{class:`pin-card-label`},w(`pin.pictures.${d[e]?.key??`sun`}`))))));return i(`div`,{class:`pin-card-panel`},i(`p`,{class:`outcome is-success`,role:`status`},E(`check`),i(`span`,{},w(`staff.pinCard.once`))),r,i(`div`,{class:`form-actions no-print`},i(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.pinCard.print`))),i(`button`,{type:`button`,class:`button button-secondary`,on:{click:n}},E(`done`),i(`span`,{},w(`staff.pinCard.close`)))))}var pe=0;function k(e){return pe+=1,`${e}-${pe}`}function A(e,t,n){t.id||=k(`field`);let r=n?i(`p`,{class:`field-hint`,id:`${t.id}-hint`},n):void 0;return r&&t.setAttribute(`aria-describedby`,r.id),i(`div`,{class:`field`},i(`label`,{for:t.id},e),t,r)}function j(e){return i(`input`,{class:`input`,...e})}function M(e,t={}){return i(`select`,{class:`input`,...t},...e.map(([e,t])=>i(`option`,{value:e},t)))}function N(e,...t){return i(`section`,{class:`staff-section`},i(`h2`,{},e),...t)}function me(e){if(!(e instanceof t))return w(`staff.errors.INTERNAL`);let n={UNAUTHENTICATED:`staff.errors.UNAUTHENTICATED`,FORBIDDEN:`staff.errors.FORBIDDEN`,BAD_USER_INPUT:`staff.errors.BAD_USER_INPUT`,NOT_FOUND:`staff.errors.NOT_FOUND`,CONFLICT:`staff.errors.CONFLICT`,RATE_LIMITED:`staff.errors.RATE_LIMITED`,LIMIT_EXCEEDED:`staff.errors.LIMIT_EXCEEDED`,POLL_NOT_OPEN:`staff.errors.POLL_NOT_OPEN`,NETWORK:`staff.errors.NETWORK`,UNAVAILABLE:`staff.errors.UNAVAILABLE`}[e.code]??`staff.errors.INTERNAL`,r=e.errors[0];return e.code===`BAD_USER_INPUT`&&r?.field?`${w(n)} (${r.field}: ${r.message})`:e.code===`RATE_LIMITED`&&r?.retryAfter?w(`staff.errors.RATE_LIMITED_WAIT`,{minutes:String(Math.max(1,Math.ceil(r.retryAfter/60)))}):w(n)}function P(){let e=i(`div`,{class:`outcome`});return{element:e,error(t){e.className=`outcome is-error`,e.setAttribute(`role`,`alert`),e.replaceChildren(E(`alert`),i(`p`,{},me(t)))},success(t){e.className=`outcome is-success`,e.setAttribute(`role`,`status`),e.replaceChildren(E(`check`),i(`p`,{},t))},clear(){e.className=`outcome`,e.replaceChildren()}}}function F(e,t){e.addEventListener(`submit`,n=>{n.preventDefault();let r=[...e.querySelectorAll(`button[type=submit]`)];for(let e of r)e.disabled=!0;t().finally(()=>{for(let e of r)e.disabled=!1})})}function I(){return i(`p`,{class:`loading`,role:`status`},w(`common.loading`))}function L(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(document.documentElement.lang||void 0,{dateStyle:`medium`,timeStyle:`short`})}function R(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleDateString(document.documentElement.lang||void 0,{dateStyle:`medium`})}function he(e){let t=j({name:`name`,required:!0,maxlength:`120`}),n=M(le.map(e=>[e,w(`staff.locationKinds.${e}`)])),a=j({name:`municipality`}),o=j({type:`number`,min:`0`,name:`childrenHoused`,inputmode:`numeric`}),s=P(),c=i(`form`,{class:`staff-form`},A(w(`staff.locations.name`),t),A(w(`staff.locations.kind`),n),A(w(`staff.locations.municipality`),a),A(w(`staff.locations.childrenHoused`),o),s.element,i(`button`,{type:`submit`,class:`button button-primary`},i(`span`,{},w(`staff.locations.create`))));return F(c,async()=>{try{await r(te,{input:{name:t.value.trim(),kind:n.value,municipality:a.value.trim()||null,childrenHoused:o.value?Number(o.value):null}}),c.reset(),s.success(w(`staff.saved`)),e()}catch(e){s.error(e)}}),N(w(`staff.locations.create`),c)}function ge(e,t){let n=j({name:`councilName`,required:!0,maxlength:`120`}),a=M(ue.map(e=>[e,w(`staff.ageGroups.${e}`)])),o=P(),s=i(`form`,{class:`staff-form inline-form`},i(`h3`,{},w(`staff.councils.create`)),A(w(`staff.councils.name`),n),A(w(`staff.councils.ageGroup`),a),o.element,i(`button`,{type:`submit`,class:`button button-secondary`},i(`span`,{},w(`staff.councils.create`))));return F(s,async()=>{try{await r(ne,{input:{locationID:e,name:n.value.trim(),ageGroup:a.value}}),t()}catch(e){o.error(e)}}),s}function _e(e,t,n){let a=M(e.map(e=>[e.id,e.name]),{name:`council`}),o=j({name:`pseudonym`,required:!0,maxlength:`40`,autocomplete:`off`}),s=M(de.map(e=>[e,w(`staff.ageBands.${e}`)]),{name:`ageBand`}),u=M(c.map(e=>[e,f(e).nativeName]),{name:`language`}),d=j({type:`checkbox`,name:`unaccompanied`,class:`checkbox`}),p=`avatar-${Math.random().toString(36).slice(2)}`,m=i(`fieldset`,{class:`avatar-picker`},i(`legend`,{},w(`staff.members.avatar`)),...l.map((e,t)=>{let n=j({type:`radio`,name:p,value:e,id:`${p}-${e}`,class:`avatar-radio`});return t===0&&(n.checked=!0),i(`label`,{class:`avatar-option`,for:n.id},n,x(e,`avatar`),i(`span`,{},w(`avatars.names.${e}`)))})),h=P(),g=i(`form`,{class:`staff-form register-form`},i(`h3`,{},w(`staff.members.register`)),i(`p`,{class:`field-hint`},w(`staff.members.privacy`)),A(w(`staff.members.council`),a),A(w(`staff.members.pseudonym`),o,w(`staff.members.pseudonymHint`)),m,A(w(`staff.members.ageBand`),s),A(w(`staff.members.language`),u),i(`div`,{class:`field field-check`},d,i(`label`,{for:d.id||=`unaccompanied-`+p},w(`staff.members.unaccompanied`))),h.element,i(`button`,{type:`submit`,class:`button button-primary`},i(`span`,{},w(`staff.members.register`))));return F(g,async()=>{h.clear();let e=g.querySelector(`input[name="${p}"]:checked`)?.value??`fox`;try{let{registerYouthMember:i}=await r(re,{input:{councilID:a.value,pseudonym:o.value.trim(),avatar:e,ageBand:s.value,language:u.value,unaccompanied:d.checked}});t.replaceChildren(fe(i.member,i.pin,()=>{t.replaceChildren(),n()})),g.reset(),t.querySelector(`.pin-card`)?.scrollIntoView({block:`center`})}catch(e){h.error(e)}}),g}function ve(e,t,n,o){let s=j({name:`tabletName`,required:!0,maxlength:`80`,value:w(`staff.tablets.defaultName`)}),c=P(),l=i(`div`,{hidden:!0,class:`enrolled`}),u=i(`form`,{class:`staff-form inline-form`},i(`h3`,{},w(`staff.tablets.enroll`)),i(`p`,{class:`field-hint`},w(`staff.tablets.enrollHint`)),A(w(`staff.tablets.name`),s),c.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`tablet`),i(`span`,{},w(`staff.tablets.enroll`))),l);return F(u,async()=>{c.clear();try{let{enrollTablet:u}=await r(se,{locationID:t,name:s.value.trim()});o(u),c.success(w(`staff.tablets.enrolledNow`,{location:n})),l.hidden=!1,l.replaceChildren(i(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void a().then(()=>e.navigate(`/`,{replace:!0}))}},E(`signOut`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.tablets.signOutToTablet`))))}catch(e){c.error(e)}}),u}function z(e){let t=D(e)?f(e).nativeName:e,n;try{n=new Intl.DisplayNames([p()],{type:`language`,fallback:`none`}).of(e)}catch{n=void 0}return!n||n===t||e===p()?t:`${n} (${t})`}function B(e,t,n,r=!1){let a=new Map,o=i(`div`,{class:`translation-grid`},...t.map(e=>{let t=r?i(`textarea`,{class:`input`,rows:`2`,name:`${n}-${e}`,...s(e)}):j({name:`${n}-${e}`,...s(e)});return a.set(e,t),A(z(e),t)}));return{element:i(`fieldset`,{class:`translations`},i(`legend`,{},e),o),values:()=>[...a].flatMap(([e,t])=>t.value.trim()?[{lang:e,text:t.value.trim()}]:[]),set:e=>{for(let t of e){let e=a.get(t.lang);e&&(e.value=t.text)}},missing:e=>e.filter(e=>!a.get(e)?.value.trim()),onInput:e=>{for(let t of a.values())t.addEventListener(`input`,e)}}}function ye(e){return{title:w(`staff.locations.title`),render(t){let n=i(`div`,{},I());t.append(i(`h1`,{tabindex:`-1`},w(`staff.locations.title`)),n);let a=async()=>{try{let{locations:e}=await r(O),t=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];n.replaceChildren(t.length===0?i(`p`,{},w(`staff.locations.none`)):i(`ul`,{class:`card-list`,role:`list`},...t.map(e=>i(`li`,{class:`card`},i(`h2`,{},i(`a`,{href:`/staff/locations/${e.id}`,"data-link":!0},e.name)),i(`p`,{class:`card-meta`},[w(`staff.locationKinds.${e.kind}`),e.municipality,w(`staff.locations.counts`,{councils:String(e.councils?.length??0),members:String(e.members.totalCount),housed:String(e.childrenHoused)})].filter(Boolean).join(` · `))))))}catch(e){let t=P();t.error(e),n.replaceChildren(t.element)}};a(),e.viewer.capabilities.includes(`MANAGE_LOCATIONS`)&&t.append(he(()=>void a()))}}}function be(e,t){return{title:w(`staff.locations.title`),render(n){let a=i(`div`,{},I());n.append(a);let o=async(n=!0)=>{try{let[{node:s},{locations:c}]=await Promise.all([r(ee,{id:t}),r(O)]);if(!s||!(`councils`in s)){a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)));return}let l=(c.edges??[]).flatMap(e=>e?.node&&e.node.id!==t?(e.node.councils??[]).map(t=>({id:t.id,label:`${t.name} (${e.node?.name??``})`})):[]);xe(a,e,s,l,()=>void o(!1)),n&&a.querySelector(`h1`)?.focus()}catch(e){let t=P();t.error(e),a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.locations.title`)),t.element)}};o()}}}function xe(e,t,n,r,a){let o=n.councils??[],s=n.members.edges?.flatMap(e=>e?.node?[e.node]:[])??[],c=n.tablets??[],l=i(`div`,{class:`pin-slot`}),u=i(`div`,{class:`tablet-slot`},Ce(c,a));e.replaceChildren(i(`p`,{},i(`a`,{href:`/staff/locations`,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.locations.all`)))),i(`h1`,{tabindex:`-1`},n.name),i(`p`,{class:`card-meta`},[w(`staff.locationKinds.${n.kind}`),n.municipality].filter(Boolean).join(` · `)),N(w(`staff.councils.title`),o.length===0?i(`p`,{},w(`staff.councils.none`)):i(`ul`,{class:`plain-list`,role:`list`},...o.map(e=>i(`li`,{},`${e.name} · ${w(`staff.ageGroups.${e.ageGroup}`)}`))),ge(n.id,a)),N(w(`staff.members.title`),Se(s,r,a),l,o.length>0?_e(o,l,a):i(`p`,{},w(`staff.members.needCouncil`))),N(w(`staff.tablets.title`),u,ve(t,n.id,n.name,e=>u.replaceChildren(Ce([...c,e],a)))))}function Se(e,t,n){if(e.length===0)return i(`p`,{},w(`staff.members.none`));let a=e.map(e=>{let a=e.memberships?.find(e=>!e.leftAt)?.council.name??`–`,o=P(),s=i(`div`,{class:`row-actions`}),c=e.status===`LEFT`;if(e.lockedAt&&!c&&s.append(i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void r(ie,{memberID:e.id}).then(n,e=>o.error(e))}},i(`span`,{},w(`staff.members.unlock`)))),t.length>0&&!c){let a=M([[``,w(`staff.members.transferTo`)],...t.map(e=>[e.id,e.label])],{"aria-label":w(`staff.members.transferTo`)});s.append(a,i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{a.value&&r(ae,{memberID:e.id,toCouncilID:a.value}).then(n,e=>o.error(e))}}},i(`span`,{},w(`staff.members.transfer`))))}if(!c){let t=i(`div`,{class:`row-actions`,hidden:!0},i(`span`,{},w(`staff.members.leftConfirm`)),i(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void r(oe,{memberID:e.id}).then(n,e=>o.error(e))}},i(`span`,{},w(`staff.members.leftYes`))),i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!0}},i(`span`,{},w(`staff.cancel`))));s.append(i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!1}},i(`span`,{},w(`staff.members.leftAction`))),t)}return i(`tr`,{},i(`td`,{},i(`span`,{class:`member-cell`},x(e.avatar,`avatar avatar-small`),i(`bdi`,{},e.pseudonym))),i(`td`,{},w(`staff.ageBands.${e.ageBand}`)),i(`td`,{},z(e.language)),i(`td`,{},a),i(`td`,{},c?w(`staff.members.left`):e.lockedAt?i(`span`,{class:`badge badge-warning`},E(`lock`),w(`staff.members.locked`)):w(`staff.members.active`)),i(`td`,{},s,o.element))});return i(`div`,{class:`table-wrap`},i(`table`,{class:`staff-table`},i(`thead`,{},i(`tr`,{},...[`pseudonym`,`ageBand`,`language`,`council`,`status`,`actions`].map(e=>i(`th`,{scope:`col`},w(`staff.members.columns.${e}`))))),i(`tbody`,{},...a)))}function Ce(e,t){return e.length===0?i(`p`,{},w(`staff.tablets.none`)):i(`ul`,{class:`card-list`,role:`list`},...e.map(e=>{let n=P(),a=i(`div`,{class:`row-actions`});if(!e.revokedAt){let o=i(`div`,{class:`row-actions`,hidden:!0},i(`span`,{},w(`staff.tablets.confirmRevoke`)),i(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void r(ce,{id:e.id}).then(t,e=>n.error(e))}},i(`span`,{},w(`staff.tablets.revokeYes`))),i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>o.hidden=!0}},i(`span`,{},w(`staff.cancel`))));a.append(i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>o.hidden=!1}},i(`span`,{},w(`staff.tablets.revoke`))),o)}return i(`li`,{class:`card`},i(`p`,{class:`card-title`},E(`tablet`),i(`span`,{},e.name)),i(`p`,{class:`card-meta`},e.revokedAt?w(`staff.tablets.revoked`,{date:L(e.revokedAt)}):w(`staff.tablets.enrolled`,{date:L(e.createdAt),seen:L(e.lastSeenAt)})),a,n.element)}))}var we=n(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);function Te(e){return{title:w(`staff.signIn.title`),render(t){let n=j({type:`email`,name:`email`,autocomplete:`username`,required:!0}),a=j({type:`password`,name:`password`,autocomplete:`current-password`,required:!0}),o=P(),s=i(`form`,{class:`staff-form sign-in-form`,novalidate:!0},A(w(`staff.signIn.email`),n),A(w(`staff.signIn.password`),a),o.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`hello`),i(`span`,{},w(`staff.signIn.submit`))));F(s,async()=>{o.clear();try{await r(we,{email:n.value.trim(),password:a.value}),await e.signedIn()}catch(e){o.error(e),a.value=``,a.focus()}}),t.append(i(`div`,{class:`sign-in-page`},i(`h1`,{tabindex:`-1`},w(`staff.signIn.title`)),i(`p`,{class:`screen-hint`},w(`staff.signIn.hint`)),s,i(`p`,{},i(`a`,{href:`/`,"data-link":!0},w(`staff.signIn.toTablet`))))),n.focus()}}}var Ee=n(`
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
`),De=n(`
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
`),Oe=n(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);function ke(e){return{title:w(`staff.announcements.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.announcements.title`)),t),r(Ee).then(({locations:e})=>{let n=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(n.length===0){t.replaceChildren(i(`p`,{},w(`staff.locations.none`)));return}let a=M(n.map(e=>[e.id,e.name]),{name:`location`}),o=i(`div`,{}),c=i(`div`,{}),l=()=>{let e=n.find(e=>e.id===a.value)??n[0];c.replaceChildren(Ae(e,()=>void u(e))),u(e)},u=async e=>{o.replaceChildren(I());try{let{locationAnnouncements:t}=await r(De,{locationID:e.id}),n=p();o.replaceChildren(t.length===0?i(`p`,{},w(`staff.announcements.none`)):i(`ul`,{class:`card-list`,role:`list`},...t.map(e=>{let t=v(e.title,n),r=v(e.body,n);return i(`li`,{class:`card`,"data-announcement":e.id},i(`p`,{class:`card-title`},E(`news`),t?i(`span`,s(t.lang),t.text):``),r&&i(`p`,s(r.lang),r.text),i(`p`,{class:`card-meta`},[e.publishAt?R(e.publishAt):``,e.expiresAt?`→ ${R(e.expiresAt)}`:``].filter(Boolean).join(` `)),e.missingLanguages.length>0&&i(`ul`,{class:`translation-warnings`},...e.missingLanguages.map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),w(`staff.answers.missing`,{language:z(e)})))))})))}catch(e){let t=P();t.error(e),o.replaceChildren(t.element)}};a.addEventListener(`change`,l),t.replaceChildren(i(`div`,{class:`staff-form`},A(w(`staff.reports.location`),a)),N(w(`staff.announcements.published`),o),c),l()},e=>{let n=P();n.error(e),t.replaceChildren(n.element)})}}}function Ae(e,t){let n=e.languages??[],a=[...new Set([...n,`nl`,`en`])],o=B(w(`staff.announcements.titleField`),a,`title`),s=B(w(`staff.announcements.body`),a,`body`,!0),c=j({type:`date`,name:`publishAt`}),l=j({type:`date`,name:`expiresAt`}),u=i(`ul`,{class:`translation-warnings`}),d=P(),f=()=>{let e=new Set([...o.missing(n),...s.missing(n)]);u.replaceChildren(...[...e].map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),w(`staff.answers.missing`,{language:z(e)}))))};o.onInput(f),s.onInput(f),f();let p=i(`form`,{class:`staff-form poll-editor announcement-form`},o.element,s.element,i(`div`,{class:`report-dates`},A(w(`staff.announcements.publishAt`),c),A(w(`staff.announcements.expiresAt`),l)),i(`div`,{role:`status`},u),d.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`news`),i(`span`,{},w(`staff.announcements.publish`))));return F(p,async()=>{d.clear();try{await r(Oe,{input:{locationID:e.id,title:o.values(),body:s.values(),publishAt:c.value?new Date(`${c.value}T00:00:00`).toISOString():null,expiresAt:l.value?new Date(`${l.value}T23:59:59`).toISOString():null}}),p.reset(),f(),d.success(w(`staff.saved`)),t()}catch(e){d.error(e)}}),N(w(`staff.announcements.new`,{location:e.name}),p)}var je=[`IN_PROGRESS`,`DONE`,`NOT_POSSIBLE`];function Me(e,t,n,r=``){let a=[...new Set([...e,`nl`,`en`])],o=M(je.map(e=>[e,w(`board.status.${e}`)]),{name:`status`}),s=j({type:`date`,name:`commitmentDate`}),c=A(w(`staff.answers.commitment`),s),l=B(w(`staff.answers.text`),a,`body`,!0),u=B(w(`staff.answers.reason`),a,`reason`,!0),d=i(`ul`,{class:`translation-warnings`}),f=P(),p=()=>{d.replaceChildren(...l.missing(e).map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),w(`staff.answers.missing`,{language:z(e)}))))},m=()=>{c.hidden=o.value!==`IN_PROGRESS`,u.element.hidden=o.value!==`NOT_POSSIBLE`};l.onInput(p),o.addEventListener(`change`,m),m(),p();let h=i(`form`,{class:`staff-form answer-form ${r}`.trim()},A(w(`staff.answers.status`),o),l.element,i(`div`,{role:`status`},d),c,u.element,f.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`board`),i(`span`,{},w(`staff.answers.send`))));return F(h,async()=>{f.clear();let e=o.value;try{await t({status:e,body:l.values(),commitmentDate:e===`IN_PROGRESS`&&s.value?new Date(`${s.value}T12:00:00Z`).toISOString():null,reason:e===`NOT_POSSIBLE`?u.values():null}),n()}catch(e){f.error(e)}}),h}var Ne=n(`
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
`),Pe=n(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`);function Fe(e){return{title:w(`staff.answers.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.answers.title`)),i(`p`,{class:`field-hint`},w(`staff.answers.hint`)),t);let n=()=>{r(Ne).then(({threadBoard:e})=>{t.replaceChildren(e.length===0?i(`p`,{},w(`staff.answers.empty`)):i(`ul`,{class:`card-list`,role:`list`},...e.map(e=>Ie(e,n))))},e=>{let n=P();n.error(e),t.replaceChildren(n.element)})};n()}}}function Ie(e,t){let n=Me(e.location.languages??[],t=>r(Pe,{input:{threadID:e.id,...t}}),t);return n.hidden=!0,i(`li`,{class:`card answer-card`,"data-thread":e.id},i(`p`,{class:`card-title`},y(e.theme),i(`span`,{dir:`auto`},e.title),i(`span`,{class:`card-meta`},` · ${e.location.name} · ${w(`board.status.${e.status}`)} · ${w(`staff.answers.meToo`,{count:String(e.meTooCount)})}`)),i(`ul`,{class:`plain-list`},...e.conversation.map(e=>i(`li`,s(e.language),e.body))),e.latestResponse&&i(`p`,{class:`card-meta`},`${w(`staff.answers.latest`)}: `,i(`span`,s(e.latestResponse.language),e.latestResponse.text)),i(`button`,{type:`button`,class:`button button-secondary button-small open-answer`,on:{click:e=>{n.hidden=!1,e.currentTarget.hidden=!0,n.querySelector(`textarea`)?.focus()}}},E(`write`),i(`span`,{},w(`staff.answers.answer`))),n)}var Le=n(`
  query CouncilList {
    locations(first: 100, orderBy: { field: NAME, direction: ASC }) {
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
`),Re=n(`
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
`),ze=n(`
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
`),Be=n(`
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
    polls(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),Ve=n(`
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
`),He=n(`
  mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`),Ue=n(`
  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`),We=n(`
  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`),Ge=n(`
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
`),Ke=n(`
  mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {
    updateDecisionStatus(input: $input) {
      id
      actionStatus
    }
  }
`),qe=n(`
  mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {
    setSupportThreshold(councilID: $council, supports: $supports) {
      id
      supportThreshold
    }
  }
`),Je=n(`
  mutation ConsoleCallElection($input: CallElectionInput!) {
    callElection(input: $input) {
      id
    }
  }
`),Ye=n(`
  mutation ConsoleCreateElection($input: CreateElectionInput!) {
    createElection(input: $input) {
      id
    }
  }
`),Xe=n(`
  mutation ConsoleQuickPoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),Ze=n(`
  mutation ConsoleOpenQuickPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`);function Qe(e){return!!e&&`memberships`in e}function $e(e){return!!e&&`agenda`in e}var et=n(`
  mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {
    linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {
      id
      pollID
    }
  }
`);function tt(e,t){let n=[`handsFor`,`handsAgainst`,`handsAbstain`];if(n.filter(t=>e[t].trim()!==``).length===0)return{ok:!0,hands:null};let r=n.find(t=>e[t].trim()===``);if(r)return{ok:!1,field:r,message:`staff.council.hands.incomplete`};let i=n.map(t=>Number(e[t].trim())),a=n.find((e,t)=>!Number.isInteger(i[t])||(i[t]??-1)<0);if(a)return{ok:!1,field:a,message:`staff.council.hands.notACount`};let[o=0,s=0,c=0]=i;return o+s+c>t?{ok:!1,field:`handsFor`,message:`staff.council.hands.tooMany`}:{ok:!0,hands:{handsFor:o,handsAgainst:s,handsAbstain:c}}}function nt(e,t,n,r){if(n===0)return;let i;switch(e){case`ArrowRight`:i=t+(r?-1:1);break;case`ArrowLeft`:i=t+(r?1:-1);break;case`PageDown`:i=t+1;break;case`PageUp`:i=t-1;break;case`Home`:i=0;break;case`End`:i=n-1;break;default:return}return Math.min(Math.max(i,0),n-1)}function rt(e){let t=e=>e.supportCountSuppressed?.5:(e.supportCount??0)>0?1+(e.supportCount??0):0;return e.filter(e=>e.status===`OPEN`).sort((e,n)=>t(n)-t(e))}function it(e,t){let n=[...new Set([...e,`nl`,`en`])];for(let e of t)for(let t of e)n.includes(t.lang)||n.push(t.lang);return n}function at(e,t){return e?.find(e=>e.lang===t&&e.text.trim()!==``)?.text}function ot(e,t,n){return{title:w(`staff.council.prepare`),render(e){let a=i(`div`,{},I());e.append(q(`/staff/council/${t}`,w(`staff.council.title`)),a);let o=()=>void Promise.all([r(ze,{meeting:n,council:t}),r(Be)]).then(([{node:e,councilIdeas:c},l])=>{if(!$e(e)){a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)));return}let u=P(),d=e=>void r(Ue,{input:{meetingID:n,...e}}).then(o,e=>u.error(e)),f=`/staff/council/${t}/meetings/${n}`;a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.council.prepareTitle`,{date:L(e.startsAt)})),i(`p`,{class:`card-meta`,dir:`auto`},e.place),u.element,N(w(`staff.council.agenda`),e.agenda.length===0?i(`p`,{},w(`staff.council.emptyAgenda`)):i(`ol`,{class:`council-console-agenda`},...e.agenda.map(e=>i(`li`,{"data-item":e.id},e.theme&&y(e.theme),i(`span`,e.titleText?s(e.titleText.lang):{},e.titleText?.text??(e.theme?w(`themes.${e.theme}`):`–`))))),i(`div`,{class:`row-actions`},i(`a`,{class:`button button-primary meeting-run`,href:`${f}/run`,"data-link":!0},E(`council`),i(`span`,{},w(`staff.council.run`))),i(`a`,{class:`button button-secondary meeting-minutes`,href:`${f}/minutes`,"data-link":!0},E(`board`),i(`span`,{},w(`staff.council.minutes`))))),e.minutesPublishedAt?``:ct(e,c,l,d))},J(a));o()}}}function st(e,t,n){return i(`button`,{type:`button`,class:`button button-secondary button-small ${n}`,"aria-label":e,on:{click:t}},E(`write`),i(`span`,{},w(`staff.council.add`)))}function ct(e,t,n,r){let a=e.council.location.id,o=n.threadBoard.filter(e=>e.locationID===a&&(e.status===`OPEN`||e.status===`IN_PROGRESS`)),c=(n.polls.edges??[]).flatMap(e=>e?.node?[e.node]:[]).filter(t=>(t.status===`CLOSED`||t.status===`PUBLISHED`)&&(t.councilID===e.council.id||t.locationID===a)),l=rt(t),u=p();return i(`div`,{},N(w(`staff.council.fromIdeas`),l.length===0?i(`p`,{},w(`staff.council.noIdeas`)):i(`ul`,{class:`card-list council-source-ideas`,role:`list`},...l.map(e=>{let t=e.titleText?.text??w(`themes.${e.theme}`),n=e.supportCountSuppressed?w(`staff.council.fewSupports`):w(`staff.council.supportCount`,{count:String(e.supportCount??0)});return i(`li`,{class:`card council-source`,"data-idea":e.id,"data-theme":e.theme},i(`p`,{class:`card-title`},y(e.theme),i(`span`,e.titleText?s(e.titleText.lang):{},t)),i(`p`,{class:`card-meta`},n),st(`${w(`staff.council.add`)}: ${t}`,()=>r({ideaID:e.id}),`add-idea`))}))),N(w(`staff.council.fromThreads`),o.length===0?i(`p`,{},w(`staff.council.noThreads`)):i(`ul`,{class:`card-list`,role:`list`},...o.map(e=>i(`li`,{class:`card council-source`,"data-thread":e.id},i(`p`,{class:`card-title`},y(e.theme),i(`span`,{dir:`auto`},e.title)),i(`p`,{class:`card-meta`},w(`board.status.${e.status}`)),st(`${w(`staff.council.add`)}: ${e.title}`,()=>r({threadID:e.id,title:[{lang:e.conversation[0]?.language??`nl`,text:e.title.slice(0,200)}]}),`add-thread`))))),N(w(`staff.council.fromPolls`),c.length===0?i(`p`,{},w(`staff.council.noPolls`)):i(`ul`,{class:`card-list`,role:`list`},...c.map(e=>{let t=v(e.question,u);return i(`li`,{class:`card council-source`,"data-poll":e.id},i(`p`,{class:`card-title`},y(e.theme),t?i(`span`,s(t.lang),t.text):``),i(`p`,{class:`card-meta`},w(`staff.polls.status.${e.status}`)),st(`${w(`staff.council.add`)}: ${t?.text??``}`,()=>r({pollID:e.id,title:e.question.map(e=>({lang:e.lang,text:e.text.slice(0,200)}))}),`add-poll`))}))),lt(e,r))}function lt(e,t){let n=[...new Set([...e.council.location.languages??[],`nl`,`en`])],r=B(w(`staff.council.itemTitle`),n,`item-title`),a=M([[``,w(`staff.council.noTheme`)],...g.map(e=>[e,w(`themes.${e}`)])],{name:`theme`}),o=i(`form`,{class:`staff-form council-free-item`},r.element,A(w(`staff.council.theme`),a),i(`button`,{type:`submit`,class:`button button-secondary`},E(`write`),i(`span`,{},w(`staff.council.addItem`))));return F(o,async()=>{t({title:r.values(),theme:a.value?a.value:null})}),N(w(`staff.council.freeItem`),o)}function ut(e,t,n){let r=t.find(e=>e.status===`NOMINATING`),a=t.some(e=>e.status===`NOMINATING`||e.status===`VOTING`),o=t.length===0?i(`p`,{},w(`staff.council.noElections`)):i(`ul`,{class:`card-list`,role:`list`},...t.map(e=>i(`li`,{class:`card council-console-election`,"data-status":e.status},i(`p`,{class:`card-title`},w(`staff.council.electionStatus.${e.status}`),` · ${w(`staff.council.electionSeats`,{seats:String(e.seats)})}`),e.closesAt&&i(`p`,{class:`card-meta`},w(`staff.council.closesAt`,{date:L(e.closesAt)})),i(`ul`,{class:`council-console-members`,role:`list`},...e.candidates.filter(e=>!e.withdrawn&&e.pseudonym).map(e=>i(`li`,{class:`council-console-member`},x(e.avatar??``,`avatar avatar-small`),i(`span`,{dir:`auto`},e.pseudonym??``),e.elected&&i(`span`,{class:`badge`},w(`council.elected`))))))));return N(w(`staff.council.elections`),o,r?ft(e,r,n):a?``:dt(e,n))}function dt(e,t){let n=j({type:`number`,min:`1`,max:`19`,name:`seats`,required:!0,value:String(e.vacancies||5)}),a=P(),o=i(`form`,{class:`staff-form council-call-election`},A(w(`staff.council.seatsToFill`),n,e.seats>0?w(`staff.council.byElectionHint`,{vacancies:String(e.vacancies)}):void 0),a.element,i(`button`,{type:`submit`,class:`button button-secondary`},E(`vote`),i(`span`,{},w(`staff.council.callElection`))));return F(o,async()=>{try{await r(Je,{input:{councilID:e.id,seats:Number(n.value)}}),t()}catch(e){a.error(e)}}),o}function ft(e,t,n){let a=t.candidates.filter(e=>!e.withdrawn&&e.memberID),o=a.map(e=>{let t=j({type:`checkbox`,name:`candidate`,value:e.memberID??``,checked:!0});return i(`label`,{class:`check-row`},t,x(e.avatar??``,`avatar avatar-small`),i(`span`,{dir:`auto`},e.pseudonym??``))}),s=j({type:`datetime-local`,name:`closesAt`,required:!0}),c=P(),l=i(`form`,{class:`staff-form council-create-election`},i(`fieldset`,{},i(`legend`,{},w(`staff.council.candidates`)),a.length===0?i(`p`,{},w(`staff.council.noCandidates`)):i(`div`,{},...o)),A(w(`staff.council.ballotCloses`),s),c.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`vote`),i(`span`,{},w(`staff.council.openBallot`))));return F(l,async()=>{let i=[...l.querySelectorAll(`input[name=candidate]:checked`)].map(e=>e.value);try{await r(Ye,{input:{councilID:e.id,seats:t.seats,candidateIDs:i,closesAt:new Date(s.value).toISOString()}}),n()}catch(e){c.error(e)}}),l}function pt(e,t,n){let r=e.flatMap(e=>e.agenda.flatMap(t=>t.decision?.outcome===`ADOPTED`?[{item:t,decision:t.decision,meeting:e}]:[]));return N(w(`staff.council.decisions`),r.length===0?i(`p`,{},w(`staff.council.noDecisions`)):i(`ul`,{class:`card-list`,role:`list`},...r.map(({decision:e,meeting:r})=>{let a=v(e.text,p());return i(`li`,{class:`card council-console-decision`,"data-decision":e.id},i(`p`,{class:`card-title`},a?i(`span`,s(a.lang),a.text):``),i(`p`,{class:`card-meta`},[L(r.startsAt),e.actionStatus?w(`board.status.${e.actionStatus}`):``,e.dueDate?w(`staff.council.due`,{date:R(e.dueDate)}):``].filter(Boolean).join(` · `)),mt(e.id,t,n))})))}function mt(e,t,n){let a=M(je.map(e=>[e,w(`board.status.${e}`)]),{name:`status`}),o=B(w(`staff.answers.reason`),[...new Set([...t,`nl`,`en`])],`reason-${e}`,!0),s=P(),c=()=>{o.element.hidden=a.value!==`NOT_POSSIBLE`};a.addEventListener(`change`,c),c();let l=i(`form`,{class:`staff-form council-decision-status`},A(w(`staff.answers.status`),a),o.element,s.element,i(`button`,{type:`submit`,class:`button button-secondary button-small`},i(`span`,{},w(`staff.council.saveStatus`))));return F(l,async()=>{let t=a.value;try{await r(Ke,{input:{decisionID:e,status:t,reason:t===`NOT_POSSIBLE`?o.values():null}}),n()}catch(e){s.error(e)}}),l}function V(e){let t=k(`confirm-title`),n=k(`confirm-text`),r=i(`button`,{type:`button`,class:`button button-secondary confirm-no`},i(`span`,{},w(`staff.confirm.cancel`))),a=i(`button`,{type:`button`,class:`button button-primary confirm-yes`},E(`check`),i(`span`,{},e.confirm)),o=e.warnings??[],s=i(`dialog`,{class:`confirm-dialog`,"aria-labelledby":t,"aria-describedby":n},i(`h2`,{id:t},e.title),i(`p`,{id:n},e.text),o.length>0&&i(`ul`,{class:`confirm-warnings`,role:`list`},...o.map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),i(`span`,{},e)))),i(`div`,{class:`form-actions`},r,a));return document.body.append(s),new Promise(e=>{let t=!1;r.addEventListener(`click`,()=>s.close()),a.addEventListener(`click`,()=>{t=!0,s.close()}),s.addEventListener(`close`,()=>{s.remove(),e(t)}),s.showModal(),r.focus()})}function ht(e,t){let n=e=>{let n=t.find(t=>t.id===e);return n?.titleText?.text??(n?.theme?w(`themes.${n.theme}`):e)};return[...e.undecidedAgendaItemIDs.map(e=>w(`staff.council.undecided`,{item:n(e)})),...e.missingTranslations.map(e=>w(e.field===`title`?`staff.council.missingTitle`:`staff.council.missingDecision`,{item:n(e.agendaItemID),languages:e.languages.map(z).join(`, `)}))]}function gt(e,t,n){return{title:w(`staff.council.minutes`),render(e){let a=i(`div`,{},I());e.append(q(`/staff/council/${t}`,w(`staff.council.title`)),a);let o=e=>void r(ze,{meeting:n,council:t}).then(({node:t})=>{$e(t)?a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.council.minutesTitle`,{date:L(t.startsAt)})),i(`p`,{class:`card-meta`,dir:`auto`},t.place),_t(t),t.minutesPublishedAt?vt(t,e):yt(t,o)):a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)))},J(a));o()}}}function _t(e){let t=it(e.council.location.languages??[],e.agenda.flatMap(e=>[e.title??[],e.decision?.text??[]])),n=new Set(e.council.location.languages??[]),r=(e,t,r)=>{let a=at(e,t);return a===void 0?!r||!n.has(t)?i(`td`,{class:`is-empty`},`–`):i(`td`,{class:`is-missing`},i(`span`,{class:`badge badge-warning`},E(`alert`),w(`staff.council.missing`))):i(`td`,s(t),a)};return N(w(`staff.council.agenda`),e.agenda.length===0?i(`p`,{},w(`staff.council.emptyAgenda`)):i(`div`,{class:`table-scroll`},i(`table`,{class:`council-minutes`},i(`caption`,{class:`visually-hidden`},w(`staff.council.minutes`)),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},w(`staff.council.item`)),...t.map(e=>i(`th`,{scope:`col`},z(e))))),i(`tbody`,{},...e.agenda.flatMap((e,n)=>{let a=`${n+1}. ${e.decision?w(`staff.council.outcome.${e.decision.outcome}`):w(`staff.council.noDecision`)}`,o=e.decision?.hands,c=[a,o?w(`staff.council.hands.summary`,{for:String(o.inFavour),against:String(o.against),abstain:String(o.abstain)}):``,e.decision?.dueDate?w(`staff.council.due`,{date:R(e.decision.dueDate)}):``].filter(Boolean).join(` · `);return[i(`tr`,{class:`minutes-title`,"data-item":e.id},i(`th`,{scope:`row`},c),...t.map(t=>e.title?.length?r(e.title,t,!0):t===e.titleText?.lang?i(`td`,s(t),e.titleText.text):i(`td`,{class:`is-empty`},`–`))),i(`tr`,{class:`minutes-decision`,"data-item":e.id},i(`th`,{scope:`row`},w(`staff.council.decision`)),...t.map(t=>r(e.decision?.text,t,!!e.decision)))]})))))}function vt(e,t){let n=t?ht(t,e.agenda):[];return N(w(`staff.council.publishedTitle`),i(`p`,{class:`minutes-published`,role:`status`},w(`staff.council.published`,{date:L(e.minutesPublishedAt)})),e.attendance!==null&&e.attendance!==void 0&&i(`p`,{},w(`staff.council.attendanceCount`,{count:String(e.attendance)})),n.length>0&&i(`ul`,{class:`confirm-warnings`,role:`list`},...n.map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),i(`span`,{},e)))))}function yt(e,t){let n=j({type:`number`,min:`0`,max:`10000`,name:`attendance`,inputmode:`numeric`}),a=P(),o=i(`form`,{class:`staff-form council-publish`},A(w(`staff.council.attendance`),n,w(`staff.council.attendanceHint`)),a.element,i(`button`,{type:`submit`,class:`button button-primary minutes-publish`},E(`board`),i(`span`,{},w(`staff.council.publish`))));return F(o,async()=>{a.clear();try{let{minutesCheck:i}=await r(Ve,{meeting:e.id}),a=ht(i,e.agenda);if(!await V({title:w(`staff.council.publishConfirmTitle`),text:w(`staff.council.publishConfirm`),warnings:a,confirm:a.length>0?w(`staff.council.publishAnyway`):w(`staff.council.publish`)}))return;let{publishMinutes:o}=await r(Ge,{meeting:e.id,attendance:n.value===``?null:Number(n.value)});t(o)}catch(e){a.error(e)}}),N(w(`staff.council.publishTitle`),o)}function H(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function U(e){return H(e)===`object`}function bt(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function xt(e,t){return e.length<124?e:t}var W=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(W||{}),G=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(G||{});function St(e){if(!U(e))throw Error(`Message is expected to be an object, but got ${H(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${H(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!U(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!U(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${H(e.payload.query)}`);if(e.payload.variables!=null&&!U(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${H(e.payload.variables)}`);if(e.payload.operationName!=null&&H(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${H(e.payload.operationName)}`);if(e.payload.extensions!=null&&!U(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${H(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!U(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!bt(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ct(e,t){return St(typeof e==`string`?JSON.parse(e,t):e)}function K(e,t){return St(e),JSON.stringify(e,t)}function wt(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=Et,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!Ot(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,E=!1;async function D(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(K({type:G.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof Tt&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(K(e?{type:G.ConnectionInit,payload:e}:{type:G.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(W.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(W.InternalClientError,xt(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=Ct(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(K(n.payload?{type:G.Pong,payload:n.payload}:{type:G.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==G.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(W.BadResponse,xt(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function O(e){if(Et(e)&&(Dt(e.code)||[W.InternalServerError,W.InternalClientError,W.BadRequest,W.BadResponse,W.Unauthorized,W.SubprotocolNotAcceptable,W.SubscriberAlreadyExists,W.TooManyInitialisationRequests].includes(e.code)))throw e;if(E)return!1;if(Et(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await D();await e}catch(e){try{if(!O(e))return}catch(e){return i?.(e)}}})();function ee(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await D();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case G.Next:t.next(e.payload);return;case G.Error:i=!0,r=!0,t.error(e.payload),a();return;case G.Complete:r=!0,a();return}});o.send(K({id:n,type:G.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(K({id:n,type:G.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!O(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:ee,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=ee(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(E=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new Tt)}}}var Tt=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function Et(e){return U(e)&&`code`in e&&`reason`in e}function Dt(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function Ot(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var kt=new Set([`UNAUTHENTICATED`,`FORBIDDEN`,`NOT_FOUND`,`BAD_USER_INPUT`]);function At(e,t,n){let r=n.WebSocket??globalThis.WebSocket,i=n.retryMs??1e3,a=n.maxRetryMs??3e4,o=i,s,c,l=!1,u,d=()=>{let e=s;s=void 0,c=void 0,e?.dispose()},f=()=>{if(l||u!==void 0)return;d();let e=o;o=Math.min(o*2,a),u=setTimeout(()=>{u=void 0,l||m()},e)},p=e=>{let t=e?.[0],r=t?.extensions?.code??`INTERNAL`,i=!kt.has(r);n.onError?.(t?.message??`error`,r,i),i?f():(l=!0,d())},m=()=>{let a=new URL(`/graphql`,location.href);a.protocol=a.protocol===`https:`?`wss:`:`ws:`;let u=wt({url:a.href,webSocketImpl:r,retryAttempts:0});s=u;let d=()=>u===s&&!l,m;c=u.subscribe({query:e.toString(),variables:t},{next(e){d()&&(e.data?(o=i,m=void 0,n.onData(e.data)):m=e.errors)},error(e){d()&&(Array.isArray(e)?p(e):(n.onError?.(`connection closed`,`NETWORK`,!0),f()))},complete(){d()&&(m?p(m):(n.onError?.(`the live figure ended`,`INTERNAL`,!0),f()))}})};return m(),{stop(){l=!0,clearTimeout(u),u=void 0,c?.(),d()}}}var jt=n(`
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
`),Mt=n(`
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
`),Nt=n(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),Pt=n(`
  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
    updatePoll(id: $id, input: $input) {
      id
    }
  }
`),Ft=n(`
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
`),It=n(`
  query PollMissingLanguages($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        missingLanguages
      }
    }
  }
`),Lt=n(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`),Rt=n(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`),zt=n(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`),Bt=n(`
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
`),Vt=n(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`),Ht=[`SINGLE_CHOICE`,`MULTIPLE_CHOICE`,`YES_NO`,`SMILEY_SCALE`,`RANKING`,`SLIDER`],Ut=new Set([`YES_NO`,`SMILEY_SCALE`,`SLIDER`]);function Wt(e){return e.turnoutSuppressed||e.turnout===null||e.turnout===void 0?w(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}):String(e.turnout)}function Gt(e,n=``){let r=i(`p`,{class:`live-turnout ${n}`.trim(),"data-poll":e,role:`status`},w(`common.loading`)),a=At(Vt,{pollID:e},{onData:({pollTurnout:e})=>{r.textContent=w(`staff.polls.liveTurnout`,{turnout:Wt(e)}),r.dataset.turnout=e.turnout===null||e.turnoutSuppressed?`<${e.minGroupSize}`:String(e.turnout),delete r.dataset.paused},onError:(e,n,i)=>{r.dataset.paused=`true`,r.textContent=i?w(`staff.polls.liveTurnoutPaused`,{turnout:r.dataset.turnout??`…`}):me(new t([{code:n,message:e}]))}});return{element:r,stop:()=>a.stop()}}var Kt=[`ADOPTED`,`REJECTED`,`DEFERRED`];function qt(e,t,n){let a=e.council.location.languages??[],o=[...new Set([...a,`nl`,`en`])],s=P(),c=M(Kt.map(e=>[e,w(`staff.council.outcome.${e}`)]),{name:`outcome`}),l=B(w(`staff.council.decisionText`),o,`decision-${t.id}`,!0),u=j({type:`date`,name:`dueDate`}),d=A(w(`staff.council.dueDate`),u),f=i(`ul`,{class:`translation-warnings`}),p={handsFor:j({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsFor`,inputmode:`numeric`}),handsAgainst:j({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsAgainst`,inputmode:`numeric`}),handsAbstain:j({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsAbstain`,inputmode:`numeric`})},m=()=>{f.replaceChildren(...l.missing(a).map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),w(`staff.answers.missing`,{language:z(e)}))))},h=()=>{d.hidden=c.value!==`ADOPTED`};l.onInput(m),c.addEventListener(`change`,h),m(),h();let g=i(`form`,{class:`staff-form council-decision-form`,novalidate:!0},A(w(`staff.council.outcomeLabel`),c),l.element,i(`div`,{role:`status`},f),d,i(`fieldset`,{class:`council-hands`},i(`legend`,{},w(`staff.council.hands.legend`)),i(`p`,{class:`field-hint`},w(`staff.council.hands.hint`,{count:String(e.council.memberCount)})),i(`div`,{class:`council-hands-grid`},A(w(`staff.council.hands.for`),p.handsFor),A(w(`staff.council.hands.against`),p.handsAgainst),A(w(`staff.council.hands.abstain`),p.handsAbstain))),s.element,i(`button`,{type:`submit`,class:`button button-primary decision-record`},E(`check`),i(`span`,{},w(`staff.council.record`))));return F(g,async()=>{s.clear();for(let e of Object.values(p))e.removeAttribute(`aria-invalid`);let a=tt({handsFor:p.handsFor.value,handsAgainst:p.handsAgainst.value,handsAbstain:p.handsAbstain.value},e.council.memberCount);if(!a.ok){p[a.field].setAttribute(`aria-invalid`,`true`),s.element.className=`outcome is-error`,s.element.setAttribute(`role`,`alert`),s.element.replaceChildren(E(`alert`),i(`p`,{},w(a.message,{count:String(e.council.memberCount)}))),p[a.field].focus();return}let o=c.value;try{await r(We,{input:{agendaItemID:t.id,outcome:o,text:l.values(),dueDate:o===`ADOPTED`&&u.value?new Date(`${u.value}T12:00:00Z`).toISOString():null,...a.hands??{}}}),n()}catch(e){s.error(e)}}),g}function Jt(e,t,n){return{title:w(`staff.council.run`),render(e){let a=i(`div`,{},I()),o=i(`div`,{class:`council-run`},a);e.append(q(`/staff/council/${t}/meetings/${n}`,w(`staff.council.prepare`)),o);let s=0,c,l=[],u=()=>{for(let e of l)e();l=[]},d=e=>{u(),c&&(a.replaceChildren(Yt(c,s,{go:f,reload:p,stops:l},t)),e&&a.querySelector(`.council-run-title`)?.focus())},f=e=>{!c||e===s||e<0||e>=c.agenda.length||(s=e,d(!0))},p=()=>void r(ze,{meeting:n,council:t}).then(({node:e})=>{$e(e)?(c=e,s=Math.min(s,Math.max(e.agenda.length-1,0)),d(!1)):a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)))},J(a)),m=e=>{if(e.target?.closest(`input, textarea, select`))return;let t=c&&nt(e.key,s,c.agenda.length,document.documentElement.dir===`rtl`);t!=null&&(e.preventDefault(),f(t))};return document.addEventListener(`keydown`,m),p(),()=>{document.removeEventListener(`keydown`,m),u()}}}}function Yt(e,t,n,r){let a=e.agenda.length,o=`/staff/council/${r}/meetings/${e.id}/minutes`;if(a===0)return i(`div`,{},i(`h1`,{tabindex:`-1`,class:`council-run-title`},w(`staff.council.emptyAgenda`)));let c=e.agenda[t],l=c.titleText?.text??(c.theme?w(`themes.${c.theme}`):`–`),u=i(`nav`,{class:`council-run-nav`,"aria-label":w(`staff.council.agenda`)},i(`button`,{type:`button`,class:`button button-secondary run-previous`,disabled:t===0,on:{click:()=>n.go(t-1)}},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.council.previous`))),i(`p`,{class:`council-run-position`,"aria-live":`polite`},w(`staff.council.position`,{n:String(t+1),count:String(a)})),t<a-1?i(`button`,{type:`button`,class:`button button-primary run-next`,on:{click:()=>n.go(t+1)}},i(`span`,{},w(`staff.council.next`))):i(`a`,{class:`button button-primary run-minutes`,href:o,"data-link":!0},E(`board`),i(`span`,{},w(`staff.council.toMinutes`))));return i(`section`,{class:`council-run-slide`,"data-item":c.id,"aria-roledescription":w(`staff.council.slide`)},i(`h1`,{tabindex:`-1`,class:`council-run-title`,...c.titleText?s(c.titleText.lang):{}},c.theme&&y(c.theme,`icon council-run-theme`),i(`span`,{},l)),c.decision?Xt(c):i(`div`,{class:`council-run-work`},qt(e,c,n.reload),Zt(e,c,l,n)),u)}function Xt(e){let t=e.decision,n=p(),r=at(t.text,n)===void 0?t.text[0]:{lang:n,text:at(t.text,n)};return i(`div`,{class:`council-run-decided`,"data-outcome":t.outcome},i(`p`,{class:`council-run-outcome`},E(`done`),i(`span`,{},w(`staff.council.outcome.${t.outcome}`))),r&&i(`p`,{class:`council-run-text`,...s(r.lang)},r.text),t.hands&&i(`p`,{class:`council-run-hands`},w(`staff.council.hands.summary`,{for:String(t.hands.inFavour),against:String(t.hands.against),abstain:String(t.hands.abstain)})),t.dueDate&&i(`p`,{class:`card-meta`},w(`staff.council.due`,{date:R(t.dueDate)})))}function Zt(e,t,n,a){let o=P(),s=i(`div`,{class:`council-quick-poll`}),c=t.title&&t.title.length>0?t.title:[{lang:t.titleText?.lang??p(),text:n}],l=i(`button`,{type:`button`,class:`button button-secondary quick-poll-start`,on:{click:()=>{l.disabled=!0,r(Xe,{input:{scope:`COUNCIL`,councilID:e.council.id,kind:`YES_NO`,theme:t.theme??`INFORMATION_PARTICIPATION`,question:c.map(e=>({lang:e.lang,text:e.text.slice(0,200)}))}}).then(({createPoll:e})=>r(Ze,{id:e.id})).then(({openPoll:e})=>r(et,{item:t.id,poll:e.id})).then(({linkAgendaItemPoll:e})=>{e.pollID&&s.replaceChildren(...Qt(e.pollID,a))}).catch(e=>{l.disabled=!1,o.error(e)})}}},E(`tablet`),i(`span`,{},w(`staff.council.quickPoll`)));return t.pollID?s.append(...Qt(t.pollID,a)):s.append(i(`p`,{class:`field-hint`},w(`staff.council.quickPollHint`)),l,o.element),s}function Qt(e,t){let n=Gt(e,`council-run-turnout`);return t.stops.push(n.stop),[i(`p`,{},w(`staff.council.quickPollOpen`)),n.element,i(`a`,{class:`button button-secondary quick-poll-results`,href:`/staff/polls/${e}`,"data-link":!0},E(`chart`),i(`span`,{},w(`staff.council.quickPollResults`)))]}function $t(e,t){let[n,r,i,a]=t;return n?r===`meetings`&&i?a===`run`?Jt(e,n,i):a===`minutes`?gt(e,n,i):ot(e,n,i):tn(e,n):en()}function q(e,t){return i(`p`,{class:`no-print`},i(`a`,{href:e,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},t)))}function J(e){return t=>{let n=P();n.error(t),e.replaceChildren(n.element)}}function en(){return{title:w(`staff.council.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.council.title`)),i(`p`,{class:`field-hint`},w(`staff.council.hint`)),t),r(Le).then(({locations:e})=>{let n=(e.edges??[]).flatMap(e=>e?.node?e.node.councils?.map(t=>({council:t,location:e.node.name}))??[]:[]);t.replaceChildren(n.length===0?i(`p`,{},w(`staff.council.none`)):i(`ul`,{class:`card-list`,role:`list`},...n.map(({council:e,location:t})=>i(`li`,{class:`card`,"data-council":e.id},i(`p`,{class:`card-title`},E(`council`),i(`a`,{href:`/staff/council/${e.id}`,"data-link":!0,class:`council-open`},e.name)),i(`p`,{class:`card-meta`},t)))))},J(t))}}}function tn(e,t){return{title:w(`staff.council.title`),render(n){let a=i(`div`,{},I());n.append(q(`/staff/council`,w(`staff.council.title`)),a);let o=()=>void r(Re,{id:t}).then(({node:t,councilMeetings:n,councilElections:r})=>{Qe(t)?a.replaceChildren(i(`h1`,{tabindex:`-1`},t.name),i(`p`,{class:`card-meta`},t.location.name),nn(t),rn(t,o),an(e,t,n),ut(t,r,o),pt(n,t.location.languages??[],o)):a.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)))},J(a));o()}}}function nn(e){let t=(e.memberships??[]).filter(e=>!e.leftAt&&e.member.status===`ACTIVE`),n={CHAIR:0,SECRETARY:1,MEMBER:2};return t.sort((e,t)=>n[e.role]-n[t.role]||e.member.pseudonym.localeCompare(t.member.pseudonym)),N(w(`staff.council.members`),i(`p`,{class:`card-meta`},w(`staff.council.memberCount`,{count:String(e.memberCount)}),e.seats>0?` · ${w(`staff.council.seats`,{seats:String(e.seats),vacancies:String(e.vacancies)})}`:``),i(`ul`,{class:`council-console-members`,role:`list`},...t.map(e=>i(`li`,{class:`council-console-member`,"data-member":e.member.pseudonym},x(e.member.avatar,`avatar avatar-small`),i(`span`,{dir:`auto`},e.member.pseudonym),e.role!==`MEMBER`&&i(`span`,{class:`badge`},w(`council.role.${e.role}`)))),...Array.from({length:e.vacancies},()=>i(`li`,{class:`council-console-member is-vacant`},i(`span`,{},w(`staff.council.vacancy`))))))}function rn(e,t){let n=j({type:`number`,min:`1`,max:`1000`,name:`supports`,required:!0,value:String(e.supportThreshold)}),a=P(),o=i(`form`,{class:`staff-form council-threshold`},A(w(`staff.council.threshold`),n,w(`staff.council.thresholdHint`)),a.element,i(`button`,{type:`submit`,class:`button button-secondary`},i(`span`,{},w(`staff.council.save`))));return F(o,async()=>{try{await r(qe,{council:e.id,supports:Number(n.value)}),t()}catch(e){a.error(e)}}),N(w(`staff.council.supports`),o)}function an(e,t,n){let a=j({type:`datetime-local`,name:`startsAt`,required:!0}),o=j({name:`place`,required:!0,maxlength:`200`}),c=P(),l=i(`form`,{class:`staff-form council-new-meeting`},A(w(`staff.council.startsAt`),a),A(w(`staff.council.place`),o),c.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`write`),i(`span`,{},w(`staff.council.newMeeting`))));F(l,async()=>{try{let{createMeeting:n}=await r(He,{input:{councilID:t.id,startsAt:new Date(a.value).toISOString(),place:o.value}});e.navigate(`/staff/council/${t.id}/meetings/${n.id}`)}catch(e){c.error(e)}});let u=`/staff/council/${t.id}/meetings`;return N(w(`staff.council.meetings`),n.length===0?i(`p`,{},w(`staff.council.noMeetings`)):i(`ul`,{class:`card-list`,role:`list`},...n.map(e=>i(`li`,{class:`card council-meeting`,"data-meeting":e.id},i(`p`,{class:`card-title`},`${L(e.startsAt)} · `,i(`span`,{dir:`auto`},e.place)),i(`p`,{class:`card-meta`},e.minutesPublishedAt?w(`staff.council.published`,{date:L(e.minutesPublishedAt)}):w(`staff.council.items`,{count:String(e.agenda.length)})),i(`ul`,{class:`plain-list`},...e.agenda.map(e=>i(`li`,e.titleText?s(e.titleText.lang):{},e.titleText?.text??`–`))),i(`div`,{class:`row-actions`},!e.minutesPublishedAt&&i(`a`,{class:`button button-secondary button-small meeting-agenda`,href:`${u}/${e.id}`,"data-link":!0},E(`write`),i(`span`,{},w(`staff.council.prepare`))),!e.minutesPublishedAt&&i(`a`,{class:`button button-secondary button-small meeting-run`,href:`${u}/${e.id}/run`,"data-link":!0},E(`council`),i(`span`,{},w(`staff.council.run`))),i(`a`,{class:`button button-secondary button-small meeting-minutes`,href:`${u}/${e.id}/minutes`,"data-link":!0},E(`board`),i(`span`,{},w(`staff.council.minutes`))))))),l)}var on=n(`
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
`),sn=n(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      moderationState
    }
  }
`),cn=[`PERSONAL_INFO`,`HURTFUL`,`OFF_TOPIC`,`DUPLICATE`,`OTHER`];function ln(e){return{title:w(`staff.moderation.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.moderation.title`)),i(`p`,{class:`field-hint`},w(`staff.moderation.hint`)),t),r(on).then(({moderationQueue:e})=>{let n=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(n.length===0?i(`p`,{class:`outcome is-success`,role:`status`},E(`check`),i(`span`,{},w(`staff.moderation.empty`))):i(`ul`,{class:`card-list`,role:`list`},...n.map(e=>un(e))))},e=>{let n=P();n.error(e),t.replaceChildren(n.element)})}}}function un(e){let t=P(),n=i(`textarea`,{class:`input`,rows:`2`,maxlength:`1000`}),a=M(cn.map(e=>[e,w(`staff.moderation.reasons.${e}`)]),{name:`reason`}),o=i(`div`,{class:`decision-details`,hidden:!0},i(`div`,{class:`reason-field`},A(w(`staff.moderation.reason`),a)),A(w(`staff.moderation.note`),n,w(`staff.moderation.noteHint`))),c,l=i(`button`,{type:`button`,class:`button button-primary button-small`,hidden:!0},i(`span`,{},w(`staff.moderation.confirm`))),u=async o=>{t.clear();for(let e of f.querySelectorAll(`button`))e.disabled=!0;try{await r(sn,{input:{postID:e.id,decision:o,reasonCode:o===`REJECT`?a.value:null,note:n.value.trim()||null}}),f.replaceChildren(i(`p`,{class:`outcome is-success`,role:`status`},E(`check`),i(`span`,{},w(`staff.moderation.done.${o}`))))}catch(e){t.error(e);for(let e of f.querySelectorAll(`button`))e.disabled=!1}},d=e=>{c=e,o.hidden=!1,o.querySelector(`.reason-field`).hidden=e!==`REJECT`,l.hidden=!1,l.querySelector(`span`).textContent=w(`staff.moderation.confirmAction.${e}`)};l.addEventListener(`click`,()=>{c&&u(c)});let f=i(`li`,{class:`card moderation-card`,"data-post":e.id},i(`p`,{class:`card-title`},y(e.thread.theme),i(`span`,{dir:`auto`},e.thread.title),i(`span`,{class:`card-meta`},` · ${e.thread.location.name} · ${L(e.createdAt)}`)),i(`blockquote`,{class:`moderation-body`,...s(e.language)},e.body),e.flags.length>0&&i(`ul`,{class:`flags`,role:`list`,"aria-label":w(`staff.moderation.flags`)},...e.flags.map(e=>i(`li`,{class:`flag flag-${e.toLowerCase()}`},E(`alert`),i(`span`,{},w(`staff.moderation.flagNames.${e}`))))),i(`div`,{class:`row-actions`},i(`button`,{type:`button`,class:`button button-primary button-small approve`,on:{click:()=>void u(`APPROVE`)}},E(`check`),i(`span`,{},w(`staff.moderation.approve`))),i(`button`,{type:`button`,class:`button button-secondary button-small reject`,on:{click:()=>d(`REJECT`)}},i(`span`,{},w(`staff.moderation.reject`))),i(`button`,{type:`button`,class:`button button-danger button-small escalate`,on:{click:()=>d(`ESCALATE`)}},E(`alert`),i(`span`,{},w(`staff.moderation.escalate`)))),o,l,t.element);return f}var dn=n(`
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
`),fn=n(`
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
`),pn=n(`
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
`),mn=`http://www.w3.org/2000/svg`,hn=0;function Y(e,t){let n=document.createElementNS(mn,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}function X(e){hn+=1;let t=`chart-${hn}`,n=Math.max(1,...e.bars.map(e=>e.value??0)),r=Y(`svg`,{viewBox:`0 0 600 ${e.bars.length*66+8}`,class:`bar-chart`,role:`img`,"aria-labelledby":`${t}-title`}),a=Y(`title`,{id:`${t}-title`});a.textContent=e.title,r.append(a);let o=Y(`defs`,{}),s=Y(`pattern`,{id:`${t}-hatch`,width:8,height:8,patternUnits:`userSpaceOnUse`,patternTransform:`rotate(45)`});return s.append(Y(`rect`,{width:8,height:8,class:`bar-suppressed-bg`}),Y(`line`,{x1:0,y1:0,x2:0,y2:8,class:`bar-hatch`})),o.append(s),r.append(o),e.bars.forEach((i,a)=>{let o=a*66+4,s=Y(`text`,{x:0,y:o+16,class:`bar-label`});s.textContent=i.label,i.lang&&s.setAttribute(`lang`,i.lang);let c=o+22,l=Y(`text`,{y:c+22+6,class:`bar-value`});if(i.value===null)r.append(s,Y(`rect`,{x:0,y:c,width:60,height:28,fill:`url(#${t}-hatch)`,class:`bar-suppressed`})),l.setAttribute(`x`,`70`),l.textContent=e.suppressedText;else{let e=Math.max(2,480*i.value/n);r.append(s,Y(`rect`,{x:0,y:c,width:e,height:28,rx:4,class:`bar`})),l.setAttribute(`x`,String(0+e+10)),l.textContent=String(i.value)}r.append(l)}),i(`figure`,{class:`chart`},r,i(`table`,{class:`staff-table chart-table`},i(`caption`,{},e.title),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},e.labelHeading),i(`th`,{scope:`col`},e.valueHeading))),i(`tbody`,{},...e.bars.map(t=>i(`tr`,{},i(`td`,t.lang?{lang:t.lang,dir:`auto`}:{},t.label),i(`td`,{},t.value===null?e.suppressedText:String(t.value)))))))}var gn=`http://www.w3.org/2000/svg`;function Z(e,t){let n=document.createElementNS(gn,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}var _n=0;function vn(e){_n+=1;let t=`line-${_n}`,n=e.format??(e=>e.toFixed(1)),r={left:40,right:16,top:16,bottom:40},a=600-r.left-r.right,o=240-r.top-r.bottom,s=t=>r.left+(e.points.length<=1?a/2:a*t/(e.points.length-1)),c=t=>r.top+o-(t-e.min)/(e.max-e.min||1)*o,l=Z(`svg`,{viewBox:`0 0 600 240`,class:`line-chart`,role:`img`,"aria-labelledby":`${t}-title`}),u=Z(`title`,{id:`${t}-title`});u.textContent=e.title,l.append(u);for(let t=e.min;t<=e.max;t+=1){l.append(Z(`line`,{x1:r.left,x2:600-r.right,y1:c(t),y2:c(t),class:`grid-line`}));let e=Z(`text`,{x:r.left-8,y:c(t)+5,class:`axis-label`,"text-anchor":`end`});e.textContent=String(t),l.append(e)}if(e.points.length>0){let t=e.points.map((e,t)=>`${t===0?`M`:`L`}${s(t).toFixed(1)} ${c(e.value).toFixed(1)}`).join(` `);l.append(Z(`path`,{d:t,class:`line`})),e.points.forEach((e,t)=>{l.append(Z(`circle`,{cx:s(t),cy:c(e.value),r:5,class:`line-point`}));let n=Z(`text`,{x:s(t),y:228,class:`axis-label`,"text-anchor":`middle`});n.textContent=e.label,l.append(n)})}return i(`figure`,{class:`chart`},l,i(`table`,{class:`staff-table chart-table`},i(`caption`,{},e.title),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},e.labelHeading),i(`th`,{scope:`col`},e.valueHeading))),i(`tbody`,{},...e.points.map(e=>i(`tr`,{},i(`td`,{},e.label),i(`td`,{},n(e.value)))))))}function yn(e){let t=p(),n=w(`staff.polls.fewerThan`,{k:String(e)});return{number:(e,r=0)=>e==null?n:e.toLocaleString(t,{maximumFractionDigits:r}),days:e=>e==null?w(`staff.reports.notEnough`):w(`staff.reports.council.days`,{days:e.toLocaleString(t,{maximumFractionDigits:1})}),hidden:n}}function bn(e){return i(`dl`,{class:`figures`},...e.map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t))))}function xn(e,t){let{number:n,days:r,hidden:a}=yn(t),o=e.quietCouncils>0?i(`p`,{class:`badge badge-warning report-quiet`},E(`alert`),w(`staff.reports.council.quietNote`,{count:String(e.quietCouncils)})):null;return[...o?[o]:[],bn([[w(`staff.reports.council.councils`),n(e.councils)],[w(`staff.reports.council.quiet`),n(e.quietCouncils)],[w(`staff.reports.council.meetings`),n(e.meetingsHeld)],[w(`staff.reports.council.agendaItems`),n(e.agendaItems)],[w(`staff.reports.council.attendance`),n(e.attendance)],[w(`staff.reports.council.averageAttendance`),e.averageAttendance===null||e.averageAttendance===void 0?a:n(e.averageAttendance,1)],[w(`staff.reports.council.ideasRaised`),n(e.ideasRaised)],[w(`staff.reports.council.ideasAdopted`),n(e.ideasAdopted)],[w(`staff.reports.council.ideasDone`),n(e.ideasDone)],[w(`staff.reports.council.supports`),n(e.supports)],[w(`staff.reports.council.toDecision`),r(e.medianDaysToDecision)],[w(`staff.reports.council.toDone`),r(e.medianDaysToDone)],[w(`staff.reports.council.actionsDone`),n(e.actionsDone)],[w(`staff.reports.council.elections`),n(e.electionsHeld)],[w(`staff.reports.council.electionsVoid`),n(e.electionsVoid)],[w(`staff.reports.council.seatsFilled`),n(e.seatsFilled)],[w(`staff.reports.council.seats`),n(e.seats)],[w(`staff.reports.council.vacancies`),n(e.vacancies)]]),X({title:w(`staff.reports.council.decisionsChart`),bars:[{label:w(`staff.reports.council.adopted`),value:e.adopted},{label:w(`staff.reports.council.rejected`),value:e.rejected},{label:w(`staff.reports.council.deferred`),value:e.deferred}],suppressedText:a,labelHeading:w(`staff.reports.council.outcome`),valueHeading:w(`staff.reports.council.decisions`)})]}function Sn(...e){return i(`section`,{class:`staff-section report-councils`},i(`h2`,{},w(`staff.reports.council.title`)),...e)}function Cn(e,t){return e.councils===0?Sn(i(`p`,{},w(`staff.reports.council.none`))):Sn(...xn(e,t))}function wn(e){let t=e.minGroupSize,{number:n,days:r}=yn(t),a=e.councils,o=[`location`,`meetings`,`ideasRaised`,`ideasAdopted`,`toDecision`,`quiet`,`vacancies`];return Sn(...xn(a.total,t),i(`h3`,{},w(`staff.reports.council.byLocation`)),i(`div`,{class:`table-wrap`},i(`table`,{class:`staff-table council-table`},i(`thead`,{},i(`tr`,{},...o.map(e=>i(`th`,{scope:`col`},w(`staff.reports.council.columns.${e}`))))),i(`tbody`,{},...a.locations.map(e=>i(`tr`,{class:e.figures.quietCouncils>0?`has-concern`:``},i(`th`,{scope:`row`},e.locationName),i(`td`,{},n(e.figures.meetingsHeld)),i(`td`,{},n(e.figures.ideasRaised)),i(`td`,{},n(e.figures.ideasAdopted)),i(`td`,{},r(e.figures.medianDaysToDecision)),i(`td`,{},n(e.figures.quietCouncils)),i(`td`,{},n(e.figures.vacancies))))))))}function Tn(e,t,n){let r=new URLSearchParams;t.from&&r.set(`from`,t.from),t.to&&r.set(`to`,t.to);let a=r.toString();return[`csv`,`xlsx`].map(t=>i(`a`,{class:`button button-secondary ${n}-${t}`,href:`${e}.${t}${a?`?${a}`:``}`,download:!0},E(`download`),i(`span`,{},w(`staff.reports.${t}`))))}function Q(e,t,...n){return i(`details`,{class:`staff-section report-fold`,open:t},i(`summary`,{},i(`h2`,{},e)),...n)}function En(e,t){let n=p(),r=String(e.minGroupSize),a=w(`staff.polls.fewerThan`,{k:r}),o=(e,t=0)=>e==null?a:e.toLocaleString(n,{maximumFractionDigits:t}),c=e=>e==null?w(`staff.reports.notEnough`):w(`staff.reports.hours`,{hours:e.toLocaleString(n,{maximumFractionDigits:1})}),l=e.participation,u=[[w(`staff.reports.activeMembers`),o(l.activeMembers)],[w(`staff.reports.voters`),o(l.voters)],[w(`staff.reports.turnout`),l.turnoutPercent===null||l.turnoutPercent===void 0?a:`${o(l.turnoutPercent,0)} %`],[w(`staff.reports.posts`),o(l.posts)],[w(`staff.reports.safetyScore`),e.safetyScore===null||e.safetyScore===void 0?w(`staff.reports.notEnough`):`${o(e.safetyScore,1)} / 5`],[w(`staff.reports.overdue`),o(e.overdueResponses)],[w(`staff.reports.safeguarding`),o(e.openSafeguardingCases)],[w(`staff.reports.moderationTime`),c(e.feedback.medianModerationHours)],[w(`staff.reports.responseTime`),c(e.feedback.medianResponseHours)]],d=e.themes.filter(e=>e.theme),f=e=>e?w(`themes.${e}`):``,m=new Map;for(let t of e.smileyTrend)m.set(t.theme,[...m.get(t.theme)??[],t]);return i(`article`,{class:`report print-area`,"data-location":e.locationID},i(`h2`,{class:`report-title`},e.locationName),i(`p`,{class:`card-meta`},w(`staff.reports.period`,{from:R(e.period.from),to:R(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),i(`div`,{class:`form-actions no-print`},i(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.polls.print`))),...Tn(`/export/location/${encodeURIComponent(e.locationID)}`,t,`report`)),N(w(`staff.reports.participation`),i(`dl`,{class:`figures`},...u.map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t))))),Cn(e.councils,e.minGroupSize),d.length>0&&Q(w(`staff.reports.themes`),!1,X({title:w(`staff.reports.threadsPerTheme`),bars:d.map(e=>({label:f(e.theme),value:e.threads??null})),suppressedText:a,labelHeading:w(`staff.polls.theme`),valueHeading:w(`staff.reports.threads`)}),X({title:w(`staff.reports.responseTimePerTheme`),bars:d.map(e=>({label:f(e.theme),value:e.medianResponseHours===null||e.medianResponseHours===void 0?null:Math.round(e.medianResponseHours)})),suppressedText:w(`staff.reports.notEnough`),labelHeading:w(`staff.polls.theme`),valueHeading:w(`staff.reports.hoursHeading`)})),m.size>0&&Q(w(`staff.reports.trend`),!1,...[...m].map(([e,t])=>vn({title:w(`staff.reports.trendOf`,{theme:f(e)}),points:t.map(e=>({label:new Date(e.start).toLocaleDateString(n,{day:`numeric`,month:`short`}),value:e.score})),min:1,max:5,labelHeading:w(`staff.reports.week`),valueHeading:w(`staff.reports.score`)}))),Q(w(`staff.reports.polls`),!1,e.polls.length===0?i(`p`,{},w(`staff.reports.noPolls`)):i(`div`,{class:`report-polls`},...e.polls.map(e=>{let t=v(e.question,n);return i(`div`,{class:`report-poll`},i(`h3`,t?s(t.lang):{},t?.text??``),i(`p`,{class:`card-meta`},w(`staff.polls.turnout`,{turnout:e.turnoutSuppressed?a:o(e.turnout)})),e.median!==null&&e.median!==void 0&&i(`p`,{class:`report-median`},w(`staff.polls.median`,{median:o(e.median,1)})),X({title:t?.text??``,bars:[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=v(e.label,n);return{label:t?.text??String(e.position+1),value:e.suppressed?null:e.count??null,lang:t?.lang??n}}),suppressedText:w(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),labelHeading:w(`staff.polls.answer`),valueHeading:w(`staff.polls.children`)}))}))),i(`p`,{class:`field-hint`},w(`staff.polls.protection`,{k:r})))}function Dn(e){let t=p(),n=w(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),r=(e,r=0)=>e==null?n:e.toLocaleString(t,{maximumFractionDigits:r}),a=e=>e==null?w(`staff.reports.notEnough`):`${r(e,1)} / 5`,o=[`location`,`kind`,`housed`,`voters`,`turnout`,`posts`,`overdue`,`safety`,`concerns`];return i(`article`,{class:`report print-area`,"data-location":`national`},i(`h2`,{class:`report-title`},w(`staff.reports.national`)),i(`p`,{class:`card-meta`},w(`staff.reports.period`,{from:R(e.period.from),to:R(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),i(`div`,{class:`form-actions no-print`},i(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.polls.print`)))),N(w(`staff.reports.participation`),i(`dl`,{class:`figures`},...[[w(`staff.reports.locationsCount`),String(e.total.locations)],[w(`staff.locations.childrenHoused`),r(e.total.childrenHoused)],[w(`staff.reports.voters`),r(e.total.participation.voters)],[w(`staff.reports.posts`),r(e.total.participation.posts)],[w(`staff.reports.overdue`),r(e.total.overdueResponses)],[w(`staff.reports.safeguarding`),r(e.total.openSafeguardingCases)],[w(`staff.reports.safetyScore`),a(e.total.safetyScore)]].map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t))))),N(w(`staff.reports.byLocation`),i(`div`,{class:`table-wrap`},i(`table`,{class:`staff-table national-table`},i(`thead`,{},i(`tr`,{},...o.map(e=>i(`th`,{scope:`col`},w(`staff.reports.columns.${e}`))))),i(`tbody`,{},...e.locations.map(e=>i(`tr`,{class:e.concerns.length>0?`has-concern`:``},i(`th`,{scope:`row`},e.locationName??``),i(`td`,{},e.kind?w(`staff.locationKinds.${e.kind}`):``),i(`td`,{},r(e.childrenHoused)),i(`td`,{},r(e.participation.voters)),i(`td`,{},e.participation.turnoutPercent===null||e.participation.turnoutPercent===void 0?n:`${r(e.participation.turnoutPercent)} %`),i(`td`,{},r(e.participation.posts)),i(`td`,{},r(e.overdueResponses)),i(`td`,{},a(e.safetyScore)),i(`td`,{},...e.concerns.map(e=>i(`span`,{class:`badge badge-warning`},E(`alert`),w(`staff.reports.concerns.${e}`)))))))))),wn(e),N(w(`staff.reports.byKind`),X({title:w(`staff.reports.votersPerKind`),bars:e.kinds.map(e=>({label:e.kind?w(`staff.locationKinds.${e.kind}`):``,value:e.participation.voters??null})),suppressedText:n,labelHeading:w(`staff.locations.kind`),valueHeading:w(`staff.reports.voters`)})),i(`p`,{class:`field-hint`},w(`staff.polls.protection`,{k:String(e.minGroupSize)})))}var On=`http://www.w3.org/2000/svg`;function $(e,t,n){let r=document.createElementNS(On,e);for(let[e,n]of Object.entries(t))r.setAttribute(e,String(n));return n!==void 0&&(r.textContent=n),r}var kn=e=>e.toLocaleString(document.documentElement.lang||void 0,{maximumFractionDigits:1});function An(e){let t={left:44,right:16,top:12,bottom:36},n=560-t.left-t.right,r=220-t.top-t.bottom,i=e.points.length,a=e=>t.left+(i<=1?n/2:n*e/(i-1)),o=e=>t.top+r-e/100*r,s=e.points.filter(e=>e.score!==null&&e.score!==void 0),c=[...e.points.map(e=>`${e.label}: ${e.score===null||e.score===void 0?w(`staff.monitor.noScore`):kn(e.score)}`),...e.kindScore!==null&&e.kindScore!==void 0?[w(`staff.monitor.kindLine`,{score:kn(e.kindScore)})]:[],w(`staff.monitor.thresholdLine`,{score:kn(e.threshold)})].join(`; `),l=$(`svg`,{viewBox:`0 0 560 220`,class:`monitor-chart`,role:`img`,"aria-labelledby":`${e.id}-title`,"aria-describedby":`${e.id}-desc`});l.append($(`title`,{id:`${e.id}-title`},e.title),$(`desc`,{id:`${e.id}-desc`},c));for(let e of[0,25,50,75,100])l.append($(`line`,{x1:t.left,x2:560-t.right,y1:o(e),y2:o(e),class:`grid-line`}),$(`text`,{x:t.left-8,y:o(e)+5,class:`axis-label`,"text-anchor":`end`},String(e)));l.append($(`line`,{x1:t.left,x2:560-t.right,y1:o(e.threshold),y2:o(e.threshold),class:`threshold-line`})),e.kindScore!==null&&e.kindScore!==void 0&&l.append($(`line`,{x1:t.left,x2:560-t.right,y1:o(e.kindScore),y2:o(e.kindScore),class:`kind-line`}));let u=``;return e.points.forEach((t,n)=>{if(t.score===null||t.score===void 0)return;let r=e.points[n-1];u+=`${r&&r.score!==null&&r.score!==void 0?`L`:`M`}${a(n).toFixed(1)} ${o(t.score).toFixed(1)} `}),u&&l.append($(`path`,{d:u.trim(),class:`line`})),e.points.forEach((e,t)=>{e.score!==null&&e.score!==void 0&&l.append($(`circle`,{cx:a(t),cy:o(e.score),r:5,class:`line-point`})),l.append($(`text`,{x:a(t),y:208,class:`axis-label`,"text-anchor":`middle`},e.label))}),s.length===0&&l.append($(`text`,{x:t.left+n/2,y:t.top+r/2,class:`axis-label`,"text-anchor":`middle`},w(`staff.monitor.noScore`))),l}var jn=n(`
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
`),Mn=n(`
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
`),Nn=n(`
  mutation StartMonitorRound($locationID: ID!) {
    startMonitorRound(locationID: $locationID) {
      round
      pollIDs
    }
  }
`);n(`
  fragment MonitorScheduleFields on MonitorSchedule {
    locationID
    everyDays
    paused
    own
    nextRoundAt
    rounds
  }
`);var Pn=n(`
  mutation SetMonitorSchedule($locationID: ID!, $everyDays: Int, $paused: Boolean, $useDefault: Boolean) {
    setMonitorSchedule(locationID: $locationID, everyDays: $everyDays, paused: $paused, useDefault: $useDefault) {
      ...MonitorScheduleFields
    }
  }
`);function Fn(e){return[[w(`staff.monitor.schedule.next`),e.paused||!e.nextRoundAt?w(`staff.monitor.schedule.paused`):R(e.nextRoundAt)],[w(`staff.monitor.schedule.every`),w(`staff.monitor.schedule.days`,{n:String(e.everyDays)})],[w(`staff.monitor.schedule.setBy`),e.own?w(`staff.monitor.schedule.own`):w(`staff.monitor.schedule.default`)]].map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t)))}function In(e,n){let a=i(`dl`,{class:`figures monitor-schedule-facts`},...Fn(e)),o=i(`section`,{class:`staff-section monitor-schedule no-print`},i(`h2`,{},w(`staff.monitor.schedule.title`)),a);if(!n)return o;let s=j({type:`number`,name:`everyDays`,min:`28`,max:`365`,step:`1`,inputmode:`numeric`,value:String(e.everyDays)});s.id=k(`monitor-every-days`);let c=i(`p`,{class:`field-error`,id:`${s.id}-error`}),l=j({type:`checkbox`,name:`paused`,class:`checkbox`,id:k(`monitor-paused`)});l.checked=e.paused;let u=P(),d=i(`button`,{type:`button`,class:`button button-secondary monitor-schedule-default`,hidden:!e.own},i(`span`,{},w(`staff.monitor.schedule.useDefault`))),f=i(`form`,{class:`staff-form monitor-schedule-form`,novalidate:!0},A(w(`staff.monitor.schedule.everyDays`),s,w(`staff.monitor.schedule.everyDaysHint`)),c,i(`div`,{class:`field field-check`},l,i(`label`,{for:l.id},w(`staff.monitor.schedule.pause`))),u.element,i(`div`,{class:`form-actions`},i(`button`,{type:`submit`,class:`button button-primary monitor-schedule-save`},E(`check`),i(`span`,{},w(`staff.monitor.schedule.save`))),d)),p=e=>{c.textContent=e?w(`staff.monitor.schedule.everyDaysError`):``,e?(s.setAttribute(`aria-invalid`,`true`),s.setAttribute(`aria-describedby`,`${s.id}-hint ${c.id}`),s.focus()):(s.removeAttribute(`aria-invalid`),s.setAttribute(`aria-describedby`,`${s.id}-hint`))},m=async(n,i)=>{if(u.clear(),p(!1),await V({title:w(`staff.monitor.schedule.confirmTitle`),text:i,confirm:w(`staff.monitor.schedule.save`)}))try{let{setMonitorSchedule:t}=await r(Pn,{locationID:e.locationID,...n});a.replaceChildren(...Fn(t)),s.value=String(t.everyDays),l.checked=t.paused,d.hidden=!t.own,u.success(w(`staff.monitor.schedule.saved`))}catch(e){e instanceof t&&e.code===`BAD_USER_INPUT`&&e.errors[0]?.field===`everyDays`?p(!0):u.error(e)}};return F(f,async()=>{let e=Number(s.value);if(s.value.trim()===``||!Number.isInteger(e)){p(!0);return}let t=l.checked?w(`staff.monitor.schedule.confirmPaused`):w(`staff.monitor.schedule.confirmEvery`,{n:String(e)});await m({everyDays:e,paused:l.checked},t)}),d.addEventListener(`click`,()=>void m({useDefault:!0},w(`staff.monitor.schedule.confirmDefault`))),o.append(f),o}function Ln(e){let t=document.documentElement.lang||void 0,n=e=>e.toLocaleString(t,{maximumFractionDigits:1});return{count:t=>t==null?w(`staff.polls.fewerThan`,{k:String(e)}):n(t),score:e=>e==null?w(`staff.monitor.noScore`):n(e),trend:e=>e==null?`–`:`${e>0?`+`:e<0?`−`:`±`}${n(Math.abs(e))}`}}function Rn(e){return w(`staff.reports.period`,{from:R(e.from),to:R(new Date(new Date(e.to).getTime()-1).toISOString()),weeks:String(e.weeks)})}function zn(){return i(`span`,{class:`badge badge-warning monitor-attention-badge`},E(`alert`),i(`span`,{},w(`staff.monitor.attention`)))}function Bn(e,t){let n=Ln(e.minGroupSize),a=P(),o=async()=>{if(await V({title:w(`staff.monitor.startTitle`),text:w(`staff.monitor.startText`),confirm:w(`staff.monitor.start`)}))try{let{startMonitorRound:t}=await r(Nn,{locationID:e.locationID});a.success(w(`staff.monitor.started`,{round:String(t.round)}))}catch(e){a.error(e)}},s=[...e.domains].sort((e,t)=>Number(t.needsAttention)-Number(e.needsAttention));return i(`article`,{class:`monitor-report print-area`,"data-location":e.locationID},i(`p`,{class:`no-print`},i(`a`,{href:`/staff/monitor`,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.monitor.title`)))),i(`h1`,{tabindex:`-1`},w(`staff.monitor.locationTitle`,{name:e.locationName})),i(`p`,{class:`card-meta`},`${m(e.kind)} · ${Rn(e.period)}`),i(`p`,{class:`card-meta`},w(`staff.monitor.kNote`,{k:String(e.minGroupSize)})),i(`div`,{class:`form-actions no-print`},i(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.polls.print`))),t.mayStart&&i(`button`,{type:`button`,class:`button button-primary monitor-start`,on:{click:()=>void o()}},E(`vote`),i(`span`,{},w(`staff.monitor.start`))),...Tn(`/export/monitor/${encodeURIComponent(e.locationID)}`,{from:t.from},`monitor`),t.national&&i(`a`,{href:`/staff/monitor/national`,"data-link":!0,class:`button button-secondary`},E(`chart`),i(`span`,{},w(`staff.monitor.national`)))),a.element,In(e.schedule,t.mayStart),Vn(e,n),...s.map(t=>Hn(e,t,n)),Un(e,n))}function Vn(e,t){return i(`section`,{class:`staff-section monitor-overview`},i(`h2`,{},w(`staff.monitor.overview`)),i(`table`,{class:`staff-table`},i(`caption`,{},w(`staff.monitor.overviewCaption`,{kind:m(e.kind)})),i(`thead`,{},i(`tr`,{},...[`domain`,`score`,`trend`,`kind`,`national`,`answers`].map(e=>i(`th`,{scope:`col`},w(`staff.monitor.columns.${e}`))))),i(`tbody`,{},...e.domains.map(e=>i(`tr`,{class:e.needsAttention?`needs-attention`:``,"data-domain":e.domain},i(`th`,{scope:`row`},S(e.domain),e.needsAttention&&zn()),i(`td`,{},e.latest?t.score(e.latest.score):w(`staff.monitor.notAsked`)),i(`td`,{},t.trend(e.trend)),i(`td`,{},t.score(e.kindScore)),i(`td`,{},t.score(e.nationalScore)),i(`td`,{},e.latest?t.count(e.latest.answers):`–`))))))}function Hn(e,t,n){let r=S(t.domain),a=`monitor-${t.domain.toLowerCase()}`,o=[[w(`staff.monitor.latest`),t.latest?n.score(t.latest.score):w(`staff.monitor.notAsked`)],[w(`staff.monitor.columns.answers`),t.latest?n.count(t.latest.answers):`–`],[w(`staff.monitor.columns.trend`),n.trend(t.trend)],[w(`staff.monitor.kindScore`,{kind:m(e.kind)}),`${n.score(t.kindScore)} (${w(`staff.monitor.locations`,{n:String(t.kindLocations)})})`],[w(`staff.monitor.columns.national`),`${n.score(t.nationalScore)} (${w(`staff.monitor.locations`,{n:String(t.nationalLocations)})})`],[w(`staff.monitor.threshold`),n.score(t.threshold)]],s=t.history.map(e=>({label:`${w(`staff.monitor.round`,{n:String(e.round)})}`,r:e}));return i(`section`,{class:t.needsAttention?`staff-section monitor-domain-card needs-attention`:`staff-section monitor-domain-card`,"data-domain":t.domain,"aria-labelledby":`${a}-h`},i(`h2`,{id:`${a}-h`},i(`span`,{class:`monitor-domain-icon`},_(b[t.domain]??``)),i(`span`,{},r),t.needsAttention&&zn()),i(`dl`,{class:`figures`},...o.map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t)))),t.needsAttention&&t.latest&&Gn(t.latest.byAge),s.length>0?i(`figure`,{class:`chart monitor-figure`},An({id:a,title:w(`staff.monitor.chartTitle`,{domain:r}),points:s.map(({label:e,r:t})=>({label:e,score:t.score})),kindScore:t.kindScore,threshold:t.threshold}),i(`p`,{class:`monitor-legend`,"aria-hidden":`true`},i(`span`,{class:`legend-line`},w(`staff.monitor.legendScore`)),i(`span`,{class:`legend-kind`},w(`staff.monitor.legendKind`)),i(`span`,{class:`legend-threshold`},w(`staff.monitor.legendThreshold`))),i(`table`,{class:`staff-table chart-table`},i(`caption`,{},w(`staff.monitor.chartTitle`,{domain:r})),i(`thead`,{},i(`tr`,{},...[`round`,`closed`,`answers`,`score`].map(e=>i(`th`,{scope:`col`},w(`staff.monitor.columns.${e}`))))),i(`tbody`,{},...s.map(({label:e,r:t})=>i(`tr`,{},i(`th`,{scope:`row`},e),i(`td`,{},R(t.closedAt)),i(`td`,{},n.count(t.answers)),i(`td`,{},n.score(t.score))))))):i(`p`,{class:`card-meta`},w(`staff.monitor.notAsked`)))}function Un(e,t){let n=e.stability,r=[[w(`staff.monitor.stability.children`),t.count(n.children)],...n.childrenByMoves.map(e=>[w(`staff.monitor.stability.byMoves`,{moves:e.moves}),t.count(e.children)]),[w(`staff.monitor.stability.moves`),t.count(n.moves)],[w(`staff.monitor.stability.withNotice`),t.count(n.movesWithNotice)],[w(`staff.monitor.stability.shortNotice`),t.count(n.movesShortNotice)],[w(`staff.monitor.stability.noticeUnknown`),t.count(n.movesNoticeUnknown)],[w(`staff.monitor.stability.noticeShare`),n.noticeSharePercent===null||n.noticeSharePercent===void 0?`–`:`${t.score(n.noticeSharePercent)} %`]];return i(`section`,{class:`staff-section monitor-stability`},i(`h2`,{},w(`staff.monitor.stability.title`)),i(`dl`,{class:`figures`},...r.map(([e,t])=>i(`div`,{class:`figure`},i(`dt`,{},e),i(`dd`,{},t)))))}var Wn={AGE_6_11:`6–11`,AGE_12_17:`12–17`,ALL_AGES:`6–17`};function Gn(e){return i(`p`,{class:`monitor-answer`},...e.map(e=>i(`a`,{class:`button button-secondary button-small monitor-answer-link`,href:`/staff/polls/${e.pollID}`,"data-link":!0,"data-poll":e.pollID},E(`write`),i(`span`,{},w(`staff.monitor.answerPoll`,{ages:Wn[e.ageVersion]??e.ageVersion})))))}var Kn=`http://www.w3.org/2000/svg`;function qn(e){let t=document.createElementNS(Kn,`svg`);t.setAttribute(`viewBox`,`0 0 100 10`),t.setAttribute(`class`,`monitor-bar`),t.setAttribute(`aria-hidden`,`true`),t.setAttribute(`focusable`,`false`);let n=document.createElementNS(Kn,`rect`);for(let[e,t]of Object.entries({x:`0`,y:`0`,width:`100`,height:`10`,class:`bar-track`}))n.setAttribute(e,t);if(t.append(n),e!=null){let n=document.createElementNS(Kn,`rect`);for(let[t,r]of Object.entries({x:`0`,y:`0`,width:String(Math.max(0,Math.min(100,e))),height:`10`,class:`bar-fill`}))n.setAttribute(t,r);t.append(n)}return t}function Jn(e,t){let n=Ln(e.minGroupSize),r=[...new Set(e.domains.flatMap(e=>e.kinds.map(e=>e.kind)))],a=(e,t)=>i(`td`,{class:`monitor-cell`},qn(e),i(`span`,{},n.score(e)),i(`span`,{class:`card-meta`},w(`staff.monitor.locations`,{n:String(t)})));return i(`article`,{class:`monitor-report print-area monitor-national`},i(`p`,{class:`no-print`},i(`a`,{href:`/staff/monitor`,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.monitor.title`)))),i(`h1`,{tabindex:`-1`},w(`staff.monitor.national`)),i(`p`,{class:`card-meta`},Rn(e.period)),i(`p`,{class:`card-meta`},w(`staff.monitor.kNote`,{k:String(e.minGroupSize)})),i(`div`,{class:`form-actions no-print`},i(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.polls.print`))),...Tn(`/export/monitor/national`,{from:t},`monitor`)),i(`section`,{class:`staff-section monitor-kinds`},i(`h2`,{},w(`staff.monitor.byKind`)),i(`div`,{class:`table-scroll`},i(`table`,{class:`staff-table monitor-kinds-table`},i(`caption`,{},w(`staff.monitor.byKindCaption`)),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},w(`staff.monitor.columns.domain`)),i(`th`,{scope:`col`},w(`staff.monitor.columns.national`)),...r.map(e=>i(`th`,{scope:`col`,"data-kind":e},m(e))))),i(`tbody`,{},...e.domains.map(e=>i(`tr`,{"data-domain":e.domain},i(`th`,{scope:`row`},i(`span`,{class:`monitor-domain-name`},i(`span`,{class:`monitor-domain-icon`},_(b[e.domain]??``)),i(`span`,{},S(e.domain)))),a(e.score,e.locations),...r.map(t=>{let n=e.kinds.find(e=>e.kind===t);return n?a(n.score,n.locations):i(`td`,{},`–`)}))))))),i(`section`,{class:`staff-section monitor-locations`},i(`h2`,{},w(`staff.monitor.byLocation`)),e.locations.length===0?i(`p`,{},w(`staff.monitor.noRounds`)):i(`div`,{class:`table-scroll`},i(`table`,{class:`staff-table`},i(`caption`,{},w(`staff.monitor.byLocationCaption`)),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},w(`staff.reports.columns.location`)),i(`th`,{scope:`col`},w(`staff.reports.columns.kind`)),i(`th`,{scope:`col`},w(`staff.monitor.columns.attention`)),...e.domains.map(e=>i(`th`,{scope:`col`},S(e.domain))))),i(`tbody`,{},...e.locations.map(t=>i(`tr`,{"data-location":t.locationID,class:t.attention>0?`needs-attention`:``},i(`th`,{scope:`row`},i(`a`,{href:`/staff/monitor/${t.locationID}`,"data-link":!0},t.locationName)),i(`td`,{},m(t.kind)),i(`td`,{},String(t.attention)),...e.domains.map(e=>{let r=t.domains.find(t=>t.domain===e.domain);return r?i(`td`,{class:r.needsAttention?`needs-attention`:``},n.score(r.score),r.needsAttention&&zn()):i(`td`,{},`–`)}))))))),i(`section`,{class:`staff-section monitor-stability`},i(`h2`,{},w(`staff.monitor.stability.title`)),i(`table`,{class:`staff-table`},i(`caption`,{},w(`staff.monitor.stability.perKind`)),i(`thead`,{},i(`tr`,{},i(`th`,{scope:`col`},w(`staff.reports.columns.kind`)),i(`th`,{scope:`col`},w(`staff.monitor.stability.children`)),i(`th`,{scope:`col`},w(`staff.monitor.stability.moves`)),i(`th`,{scope:`col`},w(`staff.monitor.stability.withNotice`)),i(`th`,{scope:`col`},w(`staff.monitor.stability.noticeShare`)))),i(`tbody`,{},...e.stability.map(e=>i(`tr`,{},i(`th`,{scope:`row`},e.kind?m(e.kind):w(`staff.monitor.allKinds`)),i(`td`,{},n.count(e.children)),i(`td`,{},n.count(e.moves)),i(`td`,{},n.count(e.movesWithNotice)),i(`td`,{},e.noticeSharePercent===null||e.noticeSharePercent===void 0?`–`:`${n.score(e.noticeSharePercent)} %`)))))))}function Yn(){return new Date(Date.now()-314496e5).toISOString()}function Xn(e,t){return t[0]===`national`?er():t[0]?$n(e,t[0]):Qn(e)}function Zn(e,t,n){e.replaceChildren(I()),t().then(t=>e.replaceChildren(n(t)),t=>{let n=P();n.error(t),e.replaceChildren(n.element)})}function Qn(e){return{title:w(`staff.monitor.title`),render(t){let n=i(`div`,{},I());t.append(i(`h1`,{tabindex:`-1`},w(`staff.monitor.title`)),i(`p`,{class:`card-meta`},w(`staff.monitor.intro`)),n);let a=e.viewer.capabilities.includes(`READ_NATIONAL_MONITOR`);Zn(n,()=>r(dn),({locations:e})=>{let t=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return i(`ul`,{class:`monitor-index`,role:`list`},a&&i(`li`,{},i(`a`,{href:`/staff/monitor/national`,"data-link":!0,class:`button button-primary`},E(`chart`),i(`span`,{},w(`staff.monitor.national`)))),...t.map(e=>i(`li`,{},i(`a`,{href:`/staff/monitor/${e.id}`,"data-link":!0,class:`button button-secondary`},E(`home`),i(`span`,{},e.name)))))})}}}function $n(e,t){return{title:w(`staff.monitor.title`),render(n){let a=i(`div`,{},I());n.append(a);let o=Yn();Zn(a,()=>r(jn,{locationID:t,from:o}),({monitorScorecard:t})=>Bn(t,{mayStart:e.viewer.capabilities.includes(`START_MONITOR_ROUNDS`),national:e.viewer.capabilities.includes(`READ_NATIONAL_MONITOR`),from:o}))}}}function er(){return{title:w(`staff.monitor.national`),render(e){let t=i(`div`,{},I());e.append(t);let n=Yn();Zn(t,()=>r(Mn,{from:n}),({nationalMonitor:e})=>Jn(e,n))}}}function tr(e,t){let n=w(t?`staff.polls.editTitle`:`staff.polls.new`);return{title:n,render(a){let o=i(`div`,{},I());a.append(i(`p`,{},i(`a`,{href:`/staff/polls`,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.polls.title`)))),i(`h1`,{tabindex:`-1`},n),o),Promise.all([r(Mt),t?r(Ft,{id:t}):void 0]).then(([{locations:n},r])=>{let a=n.edges?.flatMap(e=>e?.node?[e.node]:[])??[],s=r?.node&&`status`in r.node?r.node:void 0;t&&s?.status!==`DRAFT`?o.replaceChildren(i(`p`,{class:`outcome is-error`,role:`alert`},w(s?`staff.polls.notDraft`:`staff.errors.NOT_FOUND`))):o.replaceChildren(rr(e,a,s))},e=>{let t=P();t.error(e),o.replaceChildren(t.element)})}}}function nr(){let e=C.map(e=>[e,w(`pictograms.${e}`)]);return[[``,w(`staff.polls.noPictogram`)],...e]}function rr(e,t,n){let a=M(t.flatMap(e=>[[`location:${e.id}`,w(`staff.polls.everyoneAt`,{location:e.name})],...(e.councils??[]).map(t=>[`council:${t.id}`,`${t.name} (${e.name})`])]),{name:`target`}),o=M(Ht.map(e=>[e,w(`staff.polls.kinds.${e}`)]),{name:`kind`}),s=M([[``,w(`staff.polls.chooseTheme`)],...g.map(e=>[e,w(`themes.${e}`)])],{name:`theme`,required:!0}),c=j({type:`number`,min:`1`,name:`maxChoices`,value:`2`,inputmode:`numeric`}),l=A(w(`staff.polls.maxChoices`),c),u=i(`form`,{class:`staff-form poll-editor`}),d=P(),f=i(`ul`,{class:`translation-warnings`}),p=i(`div`,{}),m=i(`div`,{}),_,v=[],y=[],b=[];n&&(a.value=n.council?`council:${n.council.id}`:`location:${n.location?.id??``}`,a.disabled=!0,o.value=n.kind,s.value=n.theme,n.maxChoices&&(c.value=String(n.maxChoices)));let x=e=>{let[n,r]=e.split(`:`);return n===`location`?t.find(e=>e.id===r):t.find(e=>e.councils?.some(e=>e.id===r))},S=()=>{let e=new Set;for(let t of _.missing(b))e.add(t);for(let t of v)for(let n of t.label.missing(b))e.add(n);f.replaceChildren(...[...e].map(e=>i(`li`,{class:`badge badge-warning`},E(`alert`),w(`staff.answers.missing`,{language:z(e)}))))},C=e=>{let t=M(nr(),{name:`pictogram`});e?.pictogram&&(t.value=e.pictogram);let n=i(`span`,{class:`pictogram-preview`}),r=()=>n.replaceChildren(h(t.value||null,s.value));t.addEventListener(`change`,r),s.addEventListener(`change`,r),r();let a=B(w(`staff.polls.optionLabel`,{n:String(v.length+1)}),y,`option${v.length+1}`);e&&a.set(e.label),a.onInput(S);let o=i(`div`,{class:`poll-option-row`},i(`div`,{class:`pictogram-field`},n,A(w(`staff.polls.pictogram`),t)),a.element,i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{v=v.filter(e=>e.row!==o),o.remove(),S()}}},i(`span`,{},w(`staff.polls.removeOption`))));v.push({pictogram:t,label:a,row:o}),T.append(o),S()},T=i(`div`,{class:`poll-options`}),D=e=>{b=x(a.value)?.languages??[];let t=e?[...e.question,...e.options.flatMap(e=>e.label)].map(e=>e.lang):[];y=[...new Set([...b,`nl`,`en`,...t])],_=B(w(`staff.polls.question`),y,`question`,!0),e&&_.set(e.question),_.onInput(S),p.replaceChildren(_.element),v=[],T.replaceChildren();let n=Ut.has(o.value);if(l.hidden=o.value!==`MULTIPLE_CHOICE`,m.replaceChildren(n?i(`p`,{class:`field-hint`},w(`staff.polls.standardOptions`)):i(`div`,{},i(`h2`,{},w(`staff.polls.options`)),T,i(`button`,{type:`button`,class:`button button-secondary add-option`,on:{click:()=>C()}},i(`span`,{},w(`staff.polls.addOption`))))),!n){let t=e?[...e.options].sort((e,t)=>e.position-t.position):[];if(t.length>0)for(let e of t)C(e);else C(),C()}S()};return a.addEventListener(`change`,()=>D()),o.addEventListener(`change`,()=>D()),u.append(A(w(`staff.polls.target`),a),A(w(`staff.polls.kind`),o),A(w(`staff.polls.theme`),s),l,p,m,i(`div`,{role:`status`},f),d.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`check`),i(`span`,{},w(`staff.polls.save`)))),D(n),F(u,async()=>{d.clear();let[t,i]=a.value.split(`:`),l=Ut.has(o.value),u={kind:o.value,theme:s.value,question:_.values(),options:l?null:v.map(e=>({label:e.label.values(),pictogram:e.pictogram.value||null})),maxChoices:o.value===`MULTIPLE_CHOICE`?Number(c.value):null};try{let a=n&&{description:n.description??null,audienceAgeBands:n.audienceAgeBands??null,opensAt:n.opensAt??null,closesAt:n.closesAt??null,minGroupSize:n.minGroupSize};n?await r(Pt,{id:n.id,input:{...u,...a}}):await r(Nt,{input:{councilID:t===`council`?i??null:null,locationID:t===`location`?i??null:null,...u}}),e.navigate(`/staff/polls`)}catch(e){d.error(e)}}),u}var ir=n(`
  mutation RespondToPoll($input: RespondToPollInput!) {
    respondToPoll(input: $input) {
      id
    }
  }
`);function ar(e,t){let n=e.whatWeDid;return i(`div`,{class:`no-print poll-we-did`},N(w(`staff.polls.whatWeDid`),i(`p`,{class:`field-hint`},w(`staff.polls.whatWeDidHint`)),n&&i(`p`,{class:`card-meta poll-response-current`,"data-status":n.status},`${w(`staff.answers.latest`)} (${w(`board.status.${n.status}`)}): `,i(`span`,s(n.language),n.text)),Me(e.location?.languages??[],t=>r(ir,{input:{pollID:e.id,...t}}),t,`poll-response-form`)))}function or(e,t){return{title:w(`staff.polls.results`),render(e){let n=i(`div`,{},I()),a,o=!1;e.append(i(`p`,{class:`no-print`},i(`a`,{href:`/staff/polls`,"data-link":!0},E(`back`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.polls.title`)))),n);let c=()=>void r(Bt,{id:t}).then(({node:e,pollResults:t})=>{if(!e||!(`options`in e)){n.replaceChildren(i(`h1`,{tabindex:`-1`},w(`staff.errors.NOT_FOUND`)));return}let r=p(),l=v(e.question,r),u=w(`staff.polls.fewerThan`,{k:String(t.minGroupSize)}),d=new Map(t.options.map(e=>[e.optionID,e])),f=[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=v(e.label,r),n=d.get(e.id);return{label:t?.text??e.pictogram??``,value:n&&!n.suppressed?n.count??null:null,lang:t?.lang??r}}),m=Wt(t);t.status===`OPEN`&&!o&&(a=Gt(e.id,`report-figure`)),n.replaceChildren(i(`article`,{class:`report print-area`},i(`h1`,{tabindex:`-1`,...l?s(l.lang):{}},l?.text??w(`staff.polls.results`)),i(`p`,{class:`card-meta`},[e.council?.name??e.location?.name??w(`staff.polls.national`),w(`staff.polls.status.${t.status}`),e.closedAt?w(`staff.polls.closedOn`,{date:L(e.closedAt)}):``].filter(Boolean).join(` · `)),a?.element??i(`p`,{class:`report-figure`},w(`staff.polls.turnout`,{turnout:m})),t.countsVisible?N(w(`staff.polls.chartTitle`),X({title:l?.text??w(`staff.polls.results`),bars:f,suppressedText:u,labelHeading:w(`staff.polls.answer`),valueHeading:w(`staff.polls.children`)}),t.median!==null&&t.median!==void 0&&i(`p`,{},w(`staff.polls.median`,{median:t.median.toLocaleString(r)}))):i(`p`,{class:`outcome is-success`,role:`status`},E(`lock`),i(`span`,{},w(`staff.polls.hiddenWhileOpen`))),i(`p`,{class:`field-hint`},w(`staff.polls.protection`,{k:String(t.minGroupSize)}))),i(`p`,{class:`no-print`},i(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},E(`print`),i(`span`,{},w(`staff.polls.print`)))),...t.status===`PUBLISHED`?[ar({id:e.id,location:e.location,whatWeDid:e.whatWeDid},c)]:[])},e=>{let t=P();t.error(e),n.replaceChildren(t.element)});return c(),()=>{o=!0,a?.stop()}}}}function sr(e,t){return t[0]===`new`?tr(e):t[0]&&t[1]===`edit`?tr(e,t[0]):t[0]?or(e,t[0]):cr()}function cr(){return{title:w(`staff.polls.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.polls.title`)),i(`p`,{},i(`a`,{class:`button button-primary`,href:`/staff/polls/new`,"data-link":!0},E(`write`),i(`span`,{},w(`staff.polls.new`)))),t);let n=[],a=()=>{for(let e of n)e.stop();n=[]},o=()=>{r(jt).then(({polls:e})=>{a();let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(r.length===0?i(`p`,{},w(`staff.polls.none`)):i(`ul`,{class:`card-list`,role:`list`},...r.map(e=>{let t=e.status===`OPEN`?Gt(e.id):void 0;return t&&n.push(t),ur(e,t?.element,o)})))},e=>{let n=P();n.error(e),t.replaceChildren(n.element)})};return o(),a}}}async function lr(e,t){let n=v(e.question,p())?.text??``,i={title:w(`staff.polls.confirm.${t}Title`),text:w(`staff.polls.confirm.${t}`),confirm:w(`staff.polls.${t}`)};if(t===`open`){let{node:t}=await r(It,{id:e.id}),n=t&&`missingLanguages`in t?t.missingLanguages:[];n.length>0&&(i.warnings=[w(`staff.polls.confirm.missingLanguages`,{languages:n.map(z).join(`, `)})],i.confirm=w(`staff.polls.confirm.openAnyway`))}return V({...i,title:`${i.title}${n?` – ${n}`:``}`})}function ur(e,t,n){let a=v(e.question,p()),o=P(),c=(t,r)=>i(`button`,{type:`button`,class:`button button-secondary button-small poll-${t}`,on:{click:()=>void lr(e,t).then(e=>e?r().then(n):void 0).catch(e=>o.error(e))}},i(`span`,{},w(`staff.polls.${t}`))),l=i(`div`,{class:`row-actions`});return e.status===`DRAFT`&&l.append(i(`a`,{class:`button button-secondary button-small poll-edit`,href:`/staff/polls/${e.id}/edit`,"data-link":!0},E(`write`),i(`span`,{},w(`staff.polls.edit`))),c(`open`,()=>r(Lt,{id:e.id}))),e.status!==`DRAFT`&&l.append(i(`a`,{class:`button button-secondary button-small poll-results`,href:`/staff/polls/${e.id}`,"data-link":!0},E(`chart`),i(`span`,{},w(`staff.polls.results`)))),e.status===`OPEN`&&l.append(c(`close`,()=>r(Rt,{id:e.id}))),e.status===`CLOSED`&&l.append(c(`publish`,()=>r(zt,{id:e.id}))),i(`li`,{class:`card`,"data-poll":e.id,"data-status":e.status},i(`p`,{class:`card-title`},y(e.theme),a?i(`span`,s(a.lang),a.text):``),i(`p`,{class:`card-meta`},[w(`staff.polls.status.${e.status}`),w(`staff.polls.kinds.${e.kind}`),e.council?.name??e.location?.name??w(`staff.polls.national`)].join(` · `)),t,l,o.element)}function dr(e){let t=new Date(e),n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function fr(e){return{title:w(`staff.reports.title`),render(t){let n=i(`div`,{},I());t.append(i(`h1`,{class:`no-print`,tabindex:`-1`},w(`staff.reports.title`)),n),r(dn).then(({locations:t})=>{let a=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(a.length===0){n.replaceChildren(i(`p`,{},w(`staff.locations.none`)));return}let o=M([...e.viewer.capabilities.includes(`READ_NATIONAL_REPORT`)?[[`national`,w(`staff.reports.national`)]]:[],...a.map(e=>[e.id,e.name])],{name:`location`}),s=j({type:`date`,name:`from`}),c=j({type:`date`,name:`to`}),l=M([[`WEEK`,w(`staff.reports.weeks`)],[`MONTH`,w(`staff.reports.months`)]],{name:`trend`}),u=P(),d=i(`div`,{class:`report-slot`}),f=i(`form`,{class:`staff-form report-form no-print`},A(w(`staff.reports.location`),o),i(`div`,{class:`report-dates`},A(w(`staff.reports.from`),s),A(w(`staff.reports.to`),c),A(w(`staff.reports.trendPer`),l)),u.element,i(`button`,{type:`submit`,class:`button button-primary`},E(`chart`),i(`span`,{},w(`staff.reports.show`)))),p=e=>{s.value||=dr(e.from),c.value||=dr(new Date(new Date(e.to).getTime()-1).toISOString())},m=async()=>{u.clear(),d.replaceChildren(I());let e={from:s.value?new Date(`${s.value}T00:00:00`).toISOString():null,to:c.value?new Date(`${c.value}T23:59:59`).toISOString():null,trend:l.value};try{if(o.value===`national`){let{nationalReport:t}=await r(pn,e);p(t.period),d.replaceChildren(Dn(t));return}let{locationReport:t}=await r(fn,{locationID:o.value,...e});p(t.period),d.replaceChildren(En(t,{from:s.value,to:c.value}))}catch(e){d.replaceChildren(),u.error(e)}};F(f,m),n.replaceChildren(f,d),m()},e=>{let t=P();t.error(e),n.replaceChildren(t.element)})}}}var pr=n(`
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
`),mr=n(`
  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
    updateSafeguardingCase(input: $input) {
      id
      status
    }
  }
`),hr=[`OPEN`,`IN_PROGRESS`,`CLOSED`];function gr(e){return{title:w(`staff.safeguarding.title`),render(e){let t=i(`div`,{},I());e.append(i(`h1`,{tabindex:`-1`},w(`staff.safeguarding.title`)),i(`p`,{class:`field-hint`},w(`staff.safeguarding.hint`)),t);let n=()=>{r(pr).then(({safeguardingCases:e})=>{t.replaceChildren(e.length===0?i(`p`,{},w(`staff.safeguarding.empty`)):i(`ul`,{class:`card-list`,role:`list`},...e.map(e=>_r(e,n))))},e=>{let n=P();n.error(e),t.replaceChildren(n.element)})};n()}}}function _r(e,t){let n=M(hr.map(e=>[e,w(`staff.safeguarding.status.${e}`)]));n.value=e.status;let a=i(`textarea`,{class:`input`,rows:`3`,maxlength:`4000`}),o=P(),c=i(`form`,{class:`staff-form inline-form`},A(w(`staff.safeguarding.statusLabel`),n),A(w(`staff.safeguarding.note`),a),o.element,i(`button`,{type:`submit`,class:`button button-primary`},i(`span`,{},w(`staff.safeguarding.save`))));return F(c,async()=>{try{await r(mr,{input:{caseID:e.id,status:n.value,note:a.value.trim()||null}}),t()}catch(e){o.error(e)}}),i(`li`,{class:`card`,"data-case":e.id},i(`p`,{class:`card-title`},E(`alert`),i(`span`,{},`${e.location.name} · ${w(`staff.safeguarding.status.${e.status}`)}`)),i(`p`,{class:`card-meta`},w(`staff.safeguarding.opened`,{date:L(e.openedAt),by:e.openedByName})),i(`blockquote`,{class:`moderation-body`,...s(e.postLanguage)},e.postBody),e.notes.length>0&&i(`ol`,{class:`plain-list`},...e.notes.map(e=>i(`li`,{},i(`span`,{class:`card-meta`},`${L(e.at)}: `),e.text))),c)}var vr=n(`
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
`),yr=n(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      acknowledgedAt
    }
  }
`);function br(e){return{title:w(`staff.signals.title`),render(t){let n=i(`div`,{},I());t.append(i(`h1`,{tabindex:`-1`},w(`staff.signals.title`)),i(`p`,{class:`field-hint`},w(`staff.signals.hint`)),n);let a=()=>{r(vr).then(({signals:t})=>{let r=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];n.replaceChildren(r.length===0?i(`p`,{class:`outcome is-success`,role:`status`},E(`check`),i(`span`,{},w(`staff.signals.none`))):i(`ul`,{class:`card-list`,role:`list`},...r.map(t=>xr(t,e.viewer.capabilities.includes(`ACKNOWLEDGE_SIGNALS`),a))))},e=>{let t=P();t.error(e),n.replaceChildren(t.element)})};a()}}}function xr(e,t,n){let a=P();return i(`li`,{class:e.acknowledgedAt?`card`:`card signal-new`,"data-signal":e.id},i(`p`,{class:`card-title`},E(`alert`),i(`span`,{},`${w(`staff.signals.kinds.${e.kind}`)} · ${e.location.name}`)),i(`p`,{dir:`auto`},e.detail),i(`p`,{class:`card-meta`},e.acknowledgedAt?w(`staff.signals.acknowledged`,{date:L(e.acknowledgedAt)}):w(`staff.signals.raised`,{date:L(e.createdAt)})),!e.acknowledgedAt&&t&&i(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void r(yr,{id:e.id}).then(n,e=>a.error(e))}},E(`check`),i(`span`,{},w(`staff.signals.acknowledge`))),a.element)}var Sr=[{segment:`polls`,label:`staff.nav.polls`,icon:`vote`,capability:`MANAGE_POLLS`,page:sr},{segment:`moderation`,label:`staff.nav.moderation`,icon:`feedback`,capability:`MODERATE`,page:ln},{segment:`safeguarding`,label:`staff.nav.safeguarding`,icon:`alert`,capability:`HANDLE_SAFEGUARDING`,page:gr},{segment:`reports`,label:`staff.nav.reports`,icon:`chart`,capability:`READ_REPORTS`,page:fr},{segment:`monitor`,label:`staff.nav.monitor`,icon:`smile`,capability:`READ_MONITOR`,page:Xn},{segment:`announcements`,label:`staff.nav.announcements`,icon:`news`,capability:`PUBLISH_ANNOUNCEMENTS`,page:ke},{segment:`signals`,label:`staff.nav.signals`,icon:`alert`,capability:`READ_SIGNALS`,page:br},{segment:`council`,label:`staff.nav.council`,icon:`council`,capability:`RUN_COUNCILS`,page:$t},{segment:`answers`,label:`staff.nav.threads`,icon:`board`,capability:`ANSWER_THREADS`,page:Fe}],Cr=`jeugdstem.staffLanguage`;function wr(e=globalThis.navigator?.languages??[]){try{let e=globalThis.localStorage?.getItem(Cr);if(D(e))return e}catch{}for(let t of e){let e=t.toLowerCase().split(`-`)[0],n=c.find(t=>t===e);if(n)return n}return`nl`}function Tr(e){try{globalThis.localStorage?.setItem(Cr,e)}catch{}}var Er={segment:`locations`,label:`staff.nav.locations`,icon:`home`,capability:`READ_COUNCILS`,page:(e,t)=>t[0]?be(e,t[0]):ye(e)};function Dr(e){return[Er,...Sr].filter(t=>e.capabilities.includes(t.capability))}function Or(t,n,r){let a=n.split(`/`).filter(Boolean).slice(1),s=wr();if(s!==p()){let e=!1;return o(s,{remember:!1}).then(()=>{e||r.refresh()}),()=>{e=!0}}let c=e();if(c.kind!==`staff`||a[0]===`sign-in`){if(c.kind===`staff`){queueMicrotask(()=>r.navigate(`/staff`,{replace:!0}));return}return kr(t,Te({async signedIn(){await T(),r.navigate(a[0]===`sign-in`||a.length===0?`/staff`:n,{replace:!0})}}),void 0,r)}let l={...r,viewer:c},u=Dr(c),d=u[0];if(a.length===0&&d){queueMicrotask(()=>r.navigate(`/staff/${d.segment}`,{replace:!0}));return}let f=u.find(e=>e.segment===a[0]);return kr(t,f?f.page(l,a.slice(1)):{title:w(`notFound.title`),render(e){e.append(i(`h1`,{tabindex:`-1`},w(`notFound.title`)))}},{sections:u,current:f,viewer:c},r)}function kr(e,t,n,r){document.title=`${t.title} – ${w(`staff.title`)}`;let s=i(`select`,{class:`input staff-language`,id:`staff-language`,on:{change:e=>{let t=e.target.value;Tr(t),o(t,{remember:!1}).then(()=>r.refresh())}}},...c.map(e=>{let t=i(`option`,{value:e,lang:e},f(e).nativeName);return t.selected=e===p(),t})),l=i(`div`,{class:`staff-main`});return e.append(i(`div`,{class:`staff-console`},i(`header`,{class:`staff-header`},i(`p`,{class:`staff-brand`},i(`a`,{href:`/staff`,"data-link":!0},w(`staff.title`))),n&&i(`nav`,{class:`staff-nav`,"aria-label":w(`staff.nav.label`)},i(`ul`,{role:`list`},...n.sections.map(e=>i(`li`,{},i(`a`,{href:`/staff/${e.segment}`,"data-link":!0,"aria-current":e===n.current?`page`:void 0},E(e.icon),i(`span`,{},w(e.label))))))),i(`div`,{class:`staff-header-tools`},i(`label`,{for:`staff-language`,class:`visually-hidden`},w(`staff.language`)),s,n&&i(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>void a().then(()=>{r.navigate(`/staff/sign-in`,{replace:!0})})}},E(`signOut`,{mirrorInRtl:!0}),i(`span`,{},w(`staff.signOut`))))),l)),t.render(l)}export{Or as renderStaff};
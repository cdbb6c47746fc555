import{C as e,S as t,_ as n,a as r,b as i,c as a,d as o,f as s,g as c,h as l,i as u,l as d,m as f,n as p,o as m,p as h,r as g,s as _,t as v,u as y,v as b,w as x,x as S,y as C}from"./index-CqQWimCQ.js";var w=t(`
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
`),T=t(`
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
`),E=t(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`),D=t(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`),ee=t(`
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
`),te=t(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`),ne=t(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`),re=t(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`),ie=t(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
      createdAt
    }
  }
`),ae=t(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`),oe=[`REGULAR`,`EMERGENCY`,`CRISIS_EMERGENCY`,`SMALL_SCALE`,`UNACCOMPANIED_MINORS`,`REGISTRATION`],se=[`CHILDREN`,`TEENS`,`MIXED`],ce=[`AGE_6_8`,`AGE_9_11`,`AGE_12_14`,`AGE_15_17`];function le(e,t,r){let i=b(`div`,{class:`pin-card print-area`,role:`region`,"aria-label":f(`staff.pinCard.title`)},b(`div`,{class:`pin-card-head`},g(e.avatar,`avatar avatar-large`),b(`p`,{class:`pin-card-name`},b(`bdi`,{},e.pseudonym))),b(`p`,{class:`pin-card-hint`},f(`staff.pinCard.hint`)),b(`ol`,{class:`pin-card-pictures`,"data-pin":t.join(` `)},...t.map((e,t)=>b(`li`,{},b(`span`,{class:`pin-card-step`},String(t+1)),_(e,`pin-picture pin-card-picture`),b(`span`,{class:`pin-card-label`},f(`pin.pictures.${a[e]?.key??`sun`}`))))));return b(`div`,{class:`pin-card-panel`},b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.pinCard.once`))),i,b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.pinCard.print`))),b(`button`,{type:`button`,class:`button button-secondary`,on:{click:r}},n(`done`),b(`span`,{},f(`staff.pinCard.close`)))))}var ue=0;function O(e){return ue+=1,`${e}-${ue}`}function k(e,t,n){t.id||=O(`field`);let r=n?b(`p`,{class:`field-hint`,id:`${t.id}-hint`},n):void 0;return r&&t.setAttribute(`aria-describedby`,r.id),b(`div`,{class:`field`},b(`label`,{for:t.id},e),t,r)}function A(e){return b(`input`,{class:`input`,...e})}function j(e,t={}){return b(`select`,{class:`input`,...t},...e.map(([e,t])=>b(`option`,{value:e},t)))}function M(e,...t){return b(`section`,{class:`staff-section`},b(`h2`,{},e),...t)}function de(t){if(!(t instanceof e))return f(`staff.errors.INTERNAL`);let n={UNAUTHENTICATED:`staff.errors.UNAUTHENTICATED`,FORBIDDEN:`staff.errors.FORBIDDEN`,BAD_USER_INPUT:`staff.errors.BAD_USER_INPUT`,NOT_FOUND:`staff.errors.NOT_FOUND`,CONFLICT:`staff.errors.CONFLICT`,RATE_LIMITED:`staff.errors.RATE_LIMITED`,LIMIT_EXCEEDED:`staff.errors.LIMIT_EXCEEDED`,POLL_NOT_OPEN:`staff.errors.POLL_NOT_OPEN`,NETWORK:`staff.errors.NETWORK`,UNAVAILABLE:`staff.errors.UNAVAILABLE`}[t.code]??`staff.errors.INTERNAL`,r=t.errors[0];return t.code===`BAD_USER_INPUT`&&r?.field?`${f(n)} (${r.field}: ${r.message})`:t.code===`RATE_LIMITED`&&r?.retryAfter?f(`staff.errors.RATE_LIMITED_WAIT`,{minutes:String(Math.max(1,Math.ceil(r.retryAfter/60)))}):f(n)}function N(){let e=b(`div`,{class:`outcome`});return{element:e,error(t){e.className=`outcome is-error`,e.setAttribute(`role`,`alert`),e.replaceChildren(n(`alert`),b(`p`,{},de(t)))},success(t){e.className=`outcome is-success`,e.setAttribute(`role`,`status`),e.replaceChildren(n(`check`),b(`p`,{},t))},clear(){e.className=`outcome`,e.replaceChildren()}}}function P(e,t){e.addEventListener(`submit`,n=>{n.preventDefault();let r=[...e.querySelectorAll(`button[type=submit]`)];for(let e of r)e.disabled=!0;t().finally(()=>{for(let e of r)e.disabled=!1})})}function F(){return b(`p`,{class:`loading`,role:`status`},f(`common.loading`))}function I(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(document.documentElement.lang||void 0,{dateStyle:`medium`,timeStyle:`short`})}function L(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleDateString(document.documentElement.lang||void 0,{dateStyle:`medium`})}function fe(e){let t=A({name:`name`,required:!0,maxlength:`120`}),n=j(oe.map(e=>[e,f(`staff.locationKinds.${e}`)])),r=A({name:`municipality`}),i=A({type:`number`,min:`0`,name:`childrenHoused`,inputmode:`numeric`}),a=N(),o=b(`form`,{class:`staff-form`},k(f(`staff.locations.name`),t),k(f(`staff.locations.kind`),n),k(f(`staff.locations.municipality`),r),k(f(`staff.locations.childrenHoused`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.locations.create`))));return P(o,async()=>{try{await x(E,{input:{name:t.value.trim(),kind:n.value,municipality:r.value.trim()||null,childrenHoused:i.value?Number(i.value):null}}),o.reset(),a.success(f(`staff.saved`)),e()}catch(e){a.error(e)}}),M(f(`staff.locations.create`),o)}function pe(e,t){let n=A({name:`councilName`,required:!0,maxlength:`120`}),r=j(se.map(e=>[e,f(`staff.ageGroups.${e}`)])),i=N(),a=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.councils.create`)),k(f(`staff.councils.name`),n),k(f(`staff.councils.ageGroup`),r),i.element,b(`button`,{type:`submit`,class:`button button-secondary`},b(`span`,{},f(`staff.councils.create`))));return P(a,async()=>{try{await x(D,{input:{locationID:e,name:n.value.trim(),ageGroup:r.value}}),t()}catch(e){i.error(e)}}),a}function me(e,t,n){let r=j(e.map(e=>[e.id,e.name]),{name:`council`}),i=A({name:`pseudonym`,required:!0,maxlength:`40`,autocomplete:`off`}),a=j(ce.map(e=>[e,f(`staff.ageBands.${e}`)]),{name:`ageBand`}),o=j(c.map(e=>[e,s(e).nativeName]),{name:`language`}),l=A({type:`checkbox`,name:`unaccompanied`,class:`checkbox`}),d=`avatar-${Math.random().toString(36).slice(2)}`,p=b(`fieldset`,{class:`avatar-picker`},b(`legend`,{},f(`staff.members.avatar`)),...u.map((e,t)=>{let n=A({type:`radio`,name:d,value:e,id:`${d}-${e}`,class:`avatar-radio`});return t===0&&(n.checked=!0),b(`label`,{class:`avatar-option`,for:n.id},n,g(e,`avatar`),b(`span`,{},f(`avatars.names.${e}`)))})),m=N(),h=b(`form`,{class:`staff-form register-form`},b(`h3`,{},f(`staff.members.register`)),b(`p`,{class:`field-hint`},f(`staff.members.privacy`)),k(f(`staff.members.council`),r),k(f(`staff.members.pseudonym`),i,f(`staff.members.pseudonymHint`)),p,k(f(`staff.members.ageBand`),a),k(f(`staff.members.language`),o),b(`div`,{class:`field field-check`},l,b(`label`,{for:l.id||=`unaccompanied-`+d},f(`staff.members.unaccompanied`))),m.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.members.register`))));return P(h,async()=>{m.clear();let e=h.querySelector(`input[name="${d}"]:checked`)?.value??`fox`;try{let{registerYouthMember:s}=await x(ee,{input:{councilID:r.value,pseudonym:i.value.trim(),avatar:e,ageBand:a.value,language:o.value,unaccompanied:l.checked}});t.replaceChildren(le(s.member,s.pin,()=>{t.replaceChildren(),n()})),h.reset(),t.querySelector(`.pin-card`)?.scrollIntoView({block:`center`})}catch(e){m.error(e)}}),h}function he(e,t,r,i){let a=A({name:`tabletName`,required:!0,maxlength:`80`,value:f(`staff.tablets.defaultName`)}),o=N(),s=b(`div`,{hidden:!0,class:`enrolled`}),c=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.tablets.enroll`)),b(`p`,{class:`field-hint`},f(`staff.tablets.enrollHint`)),k(f(`staff.tablets.name`),a),o.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`tablet`),b(`span`,{},f(`staff.tablets.enroll`))),s);return P(c,async()=>{o.clear();try{let{enrollTablet:c}=await x(ie,{locationID:t,name:a.value.trim()});i(c),o.success(f(`staff.tablets.enrolledNow`,{location:r})),s.hidden=!1,s.replaceChildren(b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void S().then(()=>e.navigate(`/`,{replace:!0}))}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.tablets.signOutToTablet`))))}catch(e){o.error(e)}}),c}function R(e){let t=l(e)?s(e).nativeName:e,n;try{n=new Intl.DisplayNames([o()],{type:`language`,fallback:`none`}).of(e)}catch{n=void 0}return!n||n===t||e===o()?t:`${n} (${t})`}function z(e,t,n,r=!1){let i=new Map,a=b(`div`,{class:`translation-grid`},...t.map(e=>{let t=r?b(`textarea`,{class:`input`,rows:`2`,name:`${n}-${e}`,...v(e)}):A({name:`${n}-${e}`,...v(e)});return i.set(e,t),k(R(e),t)}));return{element:b(`fieldset`,{class:`translations`},b(`legend`,{},e),a),values:()=>[...i].flatMap(([e,t])=>t.value.trim()?[{lang:e,text:t.value.trim()}]:[]),set:e=>{for(let t of e){let e=i.get(t.lang);e&&(e.value=t.text)}},missing:e=>e.filter(e=>!i.get(e)?.value.trim()),onInput:e=>{for(let t of i.values())t.addEventListener(`input`,e)}}}function ge(e){return{title:f(`staff.locations.title`),render(t){let n=b(`div`,{},F());t.append(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),n);let r=async()=>{try{let{locations:e}=await x(w),t=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];n.replaceChildren(t.length===0?b(`p`,{},f(`staff.locations.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>b(`li`,{class:`card`},b(`h2`,{},b(`a`,{href:`/staff/locations/${e.id}`,"data-link":!0},e.name)),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${e.kind}`),e.municipality,f(`staff.locations.counts`,{councils:String(e.councils?.length??0),members:String(e.members.totalCount),housed:String(e.childrenHoused)})].filter(Boolean).join(` · `))))))}catch(e){let t=N();t.error(e),n.replaceChildren(t.element)}};r(),e.viewer.capabilities.includes(`MANAGE_LOCATIONS`)&&t.append(fe(()=>void r()))}}}function _e(e,t){return{title:f(`staff.locations.title`),render(n){let r=b(`div`,{},F());n.append(r);let i=async(n=!0)=>{try{let[{node:a},{locations:o}]=await Promise.all([x(T,{id:t}),x(w)]);if(!a||!(`councils`in a)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let s=(o.edges??[]).flatMap(e=>e?.node&&e.node.id!==t?(e.node.councils??[]).map(t=>({id:t.id,label:`${t.name} (${e.node?.name??``})`})):[]);ve(r,e,a,s,()=>void i(!1)),n&&r.querySelector(`h1`)?.focus()}catch(e){let t=N();t.error(e),r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),t.element)}};i()}}}function ve(e,t,r,i,a){let o=r.councils??[],s=r.members.edges?.flatMap(e=>e?.node?[e.node]:[])??[],c=r.tablets??[],l=b(`div`,{class:`pin-slot`}),u=b(`div`,{class:`tablet-slot`},be(c,a));e.replaceChildren(b(`p`,{},b(`a`,{href:`/staff/locations`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.locations.all`)))),b(`h1`,{tabindex:`-1`},r.name),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${r.kind}`),r.municipality].filter(Boolean).join(` · `)),M(f(`staff.councils.title`),o.length===0?b(`p`,{},f(`staff.councils.none`)):b(`ul`,{class:`plain-list`,role:`list`},...o.map(e=>b(`li`,{},`${e.name} · ${f(`staff.ageGroups.${e.ageGroup}`)}`))),pe(r.id,a)),M(f(`staff.members.title`),ye(s,i,a),l,o.length>0?me(o,l,a):b(`p`,{},f(`staff.members.needCouncil`))),M(f(`staff.tablets.title`),u,he(t,r.id,r.name,e=>u.replaceChildren(be([...c,e],a)))))}function ye(e,t,r){if(e.length===0)return b(`p`,{},f(`staff.members.none`));let i=e.map(e=>{let i=e.memberships?.find(e=>!e.leftAt)?.council.name??`–`,a=N(),o=b(`div`,{class:`row-actions`}),s=e.status===`LEFT`;if(e.lockedAt&&!s&&o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(te,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.unlock`)))),t.length>0&&!s){let n=j([[``,f(`staff.members.transferTo`)],...t.map(e=>[e.id,e.label])],{"aria-label":f(`staff.members.transferTo`)});o.append(n,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{n.value&&x(ne,{memberID:e.id,toCouncilID:n.value}).then(r,e=>a.error(e))}}},b(`span`,{},f(`staff.members.transfer`))))}if(!s){let t=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.members.leftConfirm`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(re,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.leftYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!0}},b(`span`,{},f(`staff.cancel`))));o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!1}},b(`span`,{},f(`staff.members.leftAction`))),t)}return b(`tr`,{},b(`td`,{},b(`span`,{class:`member-cell`},g(e.avatar,`avatar avatar-small`),b(`bdi`,{},e.pseudonym))),b(`td`,{},f(`staff.ageBands.${e.ageBand}`)),b(`td`,{},R(e.language)),b(`td`,{},i),b(`td`,{},s?f(`staff.members.left`):e.lockedAt?b(`span`,{class:`badge badge-warning`},n(`lock`),f(`staff.members.locked`)):f(`staff.members.active`)),b(`td`,{},o,a.element))});return b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table`},b(`thead`,{},b(`tr`,{},...[`pseudonym`,`ageBand`,`language`,`council`,`status`,`actions`].map(e=>b(`th`,{scope:`col`},f(`staff.members.columns.${e}`))))),b(`tbody`,{},...i)))}function be(e,t){return e.length===0?b(`p`,{},f(`staff.tablets.none`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>{let r=N(),i=b(`div`,{class:`row-actions`});if(!e.revokedAt){let n=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.tablets.confirmRevoke`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(ae,{id:e.id}).then(t,e=>r.error(e))}},b(`span`,{},f(`staff.tablets.revokeYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!0}},b(`span`,{},f(`staff.cancel`))));i.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!1}},b(`span`,{},f(`staff.tablets.revoke`))),n)}return b(`li`,{class:`card`},b(`p`,{class:`card-title`},n(`tablet`),b(`span`,{},e.name)),b(`p`,{class:`card-meta`},e.revokedAt?f(`staff.tablets.revoked`,{date:I(e.revokedAt)}):f(`staff.tablets.enrolled`,{date:I(e.createdAt),seen:I(e.lastSeenAt)})),i,r.element)}))}var xe=t(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);function Se(e){return{title:f(`staff.signIn.title`),render(t){let r=A({type:`email`,name:`email`,autocomplete:`username`,required:!0}),i=A({type:`password`,name:`password`,autocomplete:`current-password`,required:!0}),a=N(),o=b(`form`,{class:`staff-form sign-in-form`,novalidate:!0},k(f(`staff.signIn.email`),r),k(f(`staff.signIn.password`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`hello`),b(`span`,{},f(`staff.signIn.submit`))));P(o,async()=>{a.clear();try{await x(xe,{email:r.value.trim(),password:i.value}),await e.signedIn()}catch(e){a.error(e),i.value=``,i.focus()}}),t.append(b(`div`,{class:`sign-in-page`},b(`h1`,{tabindex:`-1`},f(`staff.signIn.title`)),b(`p`,{class:`screen-hint`},f(`staff.signIn.hint`)),o,b(`p`,{},b(`a`,{href:`/`,"data-link":!0},f(`staff.signIn.toTablet`))))),r.focus()}}}var Ce=t(`
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
`),we=t(`
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
`),Te=t(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);function Ee(e){return{title:f(`staff.announcements.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.announcements.title`)),t),x(Ce).then(({locations:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(r.length===0){t.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let i=j(r.map(e=>[e.id,e.name]),{name:`location`}),a=b(`div`,{}),s=b(`div`,{}),c=()=>{let e=r.find(e=>e.id===i.value)??r[0];s.replaceChildren(De(e,()=>void l(e))),l(e)},l=async e=>{a.replaceChildren(F());try{let{locationAnnouncements:t}=await x(we,{locationID:e.id}),r=o();a.replaceChildren(t.length===0?b(`p`,{},f(`staff.announcements.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>{let t=p(e.title,r),i=p(e.body,r);return b(`li`,{class:`card`,"data-announcement":e.id},b(`p`,{class:`card-title`},n(`news`),t?b(`span`,v(t.lang),t.text):``),i&&b(`p`,v(i.lang),i.text),b(`p`,{class:`card-meta`},[e.publishAt?L(e.publishAt):``,e.expiresAt?`→ ${L(e.expiresAt)}`:``].filter(Boolean).join(` `)),e.missingLanguages.length>0&&b(`ul`,{class:`translation-warnings`},...e.missingLanguages.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:R(e)})))))})))}catch(e){let t=N();t.error(e),a.replaceChildren(t.element)}};i.addEventListener(`change`,c),t.replaceChildren(b(`div`,{class:`staff-form`},k(f(`staff.reports.location`),i)),M(f(`staff.announcements.published`),a),s),c()},e=>{let n=N();n.error(e),t.replaceChildren(n.element)})}}}function De(e,t){let r=e.languages??[],i=[...new Set([...r,`nl`,`en`])],a=z(f(`staff.announcements.titleField`),i,`title`),o=z(f(`staff.announcements.body`),i,`body`,!0),s=A({type:`date`,name:`publishAt`}),c=A({type:`date`,name:`expiresAt`}),l=b(`ul`,{class:`translation-warnings`}),u=N(),d=()=>{let e=new Set([...a.missing(r),...o.missing(r)]);l.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:R(e)}))))};a.onInput(d),o.onInput(d),d();let p=b(`form`,{class:`staff-form poll-editor announcement-form`},a.element,o.element,b(`div`,{class:`report-dates`},k(f(`staff.announcements.publishAt`),s),k(f(`staff.announcements.expiresAt`),c)),b(`div`,{role:`status`},l),u.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`news`),b(`span`,{},f(`staff.announcements.publish`))));return P(p,async()=>{u.clear();try{await x(Te,{input:{locationID:e.id,title:a.values(),body:o.values(),publishAt:s.value?new Date(`${s.value}T00:00:00`).toISOString():null,expiresAt:c.value?new Date(`${c.value}T23:59:59`).toISOString():null}}),p.reset(),d(),u.success(f(`staff.saved`)),t()}catch(e){u.error(e)}}),M(f(`staff.announcements.new`,{location:e.name}),p)}var Oe=[`IN_PROGRESS`,`DONE`,`NOT_POSSIBLE`];function ke(e,t,r,i=``){let a=[...new Set([...e,`nl`,`en`])],o=j(Oe.map(e=>[e,f(`board.status.${e}`)]),{name:`status`}),s=A({type:`date`,name:`commitmentDate`}),c=k(f(`staff.answers.commitment`),s),l=z(f(`staff.answers.text`),a,`body`,!0),u=z(f(`staff.answers.reason`),a,`reason`,!0),d=b(`ul`,{class:`translation-warnings`}),p=N(),m=()=>{d.replaceChildren(...l.missing(e).map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:R(e)}))))},h=()=>{c.hidden=o.value!==`IN_PROGRESS`,u.element.hidden=o.value!==`NOT_POSSIBLE`};l.onInput(m),o.addEventListener(`change`,h),h(),m();let g=b(`form`,{class:`staff-form answer-form ${i}`.trim()},k(f(`staff.answers.status`),o),l.element,b(`div`,{role:`status`},d),c,u.element,p.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`board`),b(`span`,{},f(`staff.answers.send`))));return P(g,async()=>{p.clear();let e=o.value;try{await t({status:e,body:l.values(),commitmentDate:e===`IN_PROGRESS`&&s.value?new Date(`${s.value}T12:00:00Z`).toISOString():null,reason:e===`NOT_POSSIBLE`?u.values():null}),r()}catch(e){p.error(e)}}),g}var Ae=t(`
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
`),je=t(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`);function Me(e){return{title:f(`staff.answers.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.answers.title`)),b(`p`,{class:`field-hint`},f(`staff.answers.hint`)),t);let n=()=>{x(Ae).then(({threadBoard:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.answers.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>Ne(e,n))))},e=>{let n=N();n.error(e),t.replaceChildren(n.element)})};n()}}}function Ne(e,t){let r=ke(e.location.languages??[],t=>x(je,{input:{threadID:e.id,...t}}),t);return r.hidden=!0,b(`li`,{class:`card answer-card`,"data-thread":e.id},b(`p`,{class:`card-title`},d(e.theme),b(`span`,{dir:`auto`},e.title),b(`span`,{class:`card-meta`},` · ${e.location.name} · ${f(`board.status.${e.status}`)} · ${f(`staff.answers.meToo`,{count:String(e.meTooCount)})}`)),b(`ul`,{class:`plain-list`},...e.conversation.map(e=>b(`li`,v(e.language),e.body))),e.latestResponse&&b(`p`,{class:`card-meta`},`${f(`staff.answers.latest`)}: `,b(`span`,v(e.latestResponse.language),e.latestResponse.text)),b(`button`,{type:`button`,class:`button button-secondary button-small open-answer`,on:{click:e=>{r.hidden=!1,e.currentTarget.hidden=!0,r.querySelector(`textarea`)?.focus()}}},n(`write`),b(`span`,{},f(`staff.answers.answer`))),r)}var Pe=t(`
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
`),Fe=t(`
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
`),B=t(`
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
`),Ie=t(`
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
`),Le=t(`
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
`),Re=t(`
  mutation ConsoleCreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`),ze=t(`
  mutation ConsoleAddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`),Be=t(`
  mutation ConsoleRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`),Ve=t(`
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
`),He=t(`
  mutation ConsoleUpdateDecisionStatus($input: UpdateDecisionStatusInput!) {
    updateDecisionStatus(input: $input) {
      id
      actionStatus
    }
  }
`),Ue=t(`
  mutation ConsoleSetSupportThreshold($council: ID!, $supports: Int!) {
    setSupportThreshold(councilID: $council, supports: $supports) {
      id
      supportThreshold
    }
  }
`),We=t(`
  mutation ConsoleCallElection($input: CallElectionInput!) {
    callElection(input: $input) {
      id
    }
  }
`),Ge=t(`
  mutation ConsoleCreateElection($input: CreateElectionInput!) {
    createElection(input: $input) {
      id
    }
  }
`),Ke=t(`
  mutation ConsoleQuickPoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),qe=t(`
  mutation ConsoleOpenQuickPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`);function Je(e){return!!e&&`memberships`in e}function V(e){return!!e&&`agenda`in e}var Ye=t(`
  mutation ConsoleLinkAgendaItemPoll($item: ID!, $poll: ID!) {
    linkAgendaItemPoll(agendaItemID: $item, pollID: $poll) {
      id
      pollID
    }
  }
`);function Xe(e,t){let n=[`handsFor`,`handsAgainst`,`handsAbstain`];if(n.filter(t=>e[t].trim()!==``).length===0)return{ok:!0,hands:null};let r=n.find(t=>e[t].trim()===``);if(r)return{ok:!1,field:r,message:`staff.council.hands.incomplete`};let i=n.map(t=>Number(e[t].trim())),a=n.find((e,t)=>!Number.isInteger(i[t])||(i[t]??-1)<0);if(a)return{ok:!1,field:a,message:`staff.council.hands.notACount`};let[o=0,s=0,c=0]=i;return o+s+c>t?{ok:!1,field:`handsFor`,message:`staff.council.hands.tooMany`}:{ok:!0,hands:{handsFor:o,handsAgainst:s,handsAbstain:c}}}function Ze(e,t,n,r){if(n===0)return;let i;switch(e){case`ArrowRight`:i=t+(r?-1:1);break;case`ArrowLeft`:i=t+(r?1:-1);break;case`PageDown`:i=t+1;break;case`PageUp`:i=t-1;break;case`Home`:i=0;break;case`End`:i=n-1;break;default:return}return Math.min(Math.max(i,0),n-1)}function Qe(e){let t=e=>e.supportCountSuppressed?.5:(e.supportCount??0)>0?1+(e.supportCount??0):0;return e.filter(e=>e.status===`OPEN`).sort((e,n)=>t(n)-t(e))}function $e(e,t){let n=[...new Set([...e,`nl`,`en`])];for(let e of t)for(let t of e)n.includes(t.lang)||n.push(t.lang);return n}function H(e,t){return e?.find(e=>e.lang===t&&e.text.trim()!==``)?.text}function et(e,t,r){return{title:f(`staff.council.prepare`),render(e){let i=b(`div`,{},F());e.append(Y(`/staff/council/${t}`,f(`staff.council.title`)),i);let a=()=>void Promise.all([x(B,{meeting:r,council:t}),x(Ie)]).then(([{node:e,councilIdeas:o},s])=>{if(!V(e)){i.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let c=N(),l=e=>void x(ze,{input:{meetingID:r,...e}}).then(a,e=>c.error(e)),u=`/staff/council/${t}/meetings/${r}`;i.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.council.prepareTitle`,{date:I(e.startsAt)})),b(`p`,{class:`card-meta`,dir:`auto`},e.place),c.element,M(f(`staff.council.agenda`),e.agenda.length===0?b(`p`,{},f(`staff.council.emptyAgenda`)):b(`ol`,{class:`council-console-agenda`},...e.agenda.map(e=>b(`li`,{"data-item":e.id},e.theme&&d(e.theme),b(`span`,e.titleText?v(e.titleText.lang):{},e.titleText?.text??(e.theme?f(`themes.${e.theme}`):`–`))))),b(`div`,{class:`row-actions`},b(`a`,{class:`button button-primary meeting-run`,href:`${u}/run`,"data-link":!0},n(`council`),b(`span`,{},f(`staff.council.run`))),b(`a`,{class:`button button-secondary meeting-minutes`,href:`${u}/minutes`,"data-link":!0},n(`board`),b(`span`,{},f(`staff.council.minutes`))))),e.minutesPublishedAt?``:tt(e,o,s,l))},X(i));a()}}}function U(e,t,r){return b(`button`,{type:`button`,class:`button button-secondary button-small ${r}`,"aria-label":e,on:{click:t}},n(`write`),b(`span`,{},f(`staff.council.add`)))}function tt(e,t,n,r){let i=e.council.location.id,a=n.threadBoard.filter(e=>e.locationID===i&&(e.status===`OPEN`||e.status===`IN_PROGRESS`)),s=(n.polls.edges??[]).flatMap(e=>e?.node?[e.node]:[]).filter(t=>(t.status===`CLOSED`||t.status===`PUBLISHED`)&&(t.councilID===e.council.id||t.locationID===i)),c=Qe(t),l=o();return b(`div`,{},M(f(`staff.council.fromIdeas`),c.length===0?b(`p`,{},f(`staff.council.noIdeas`)):b(`ul`,{class:`card-list council-source-ideas`,role:`list`},...c.map(e=>{let t=e.titleText?.text??f(`themes.${e.theme}`),n=e.supportCountSuppressed?f(`staff.council.fewSupports`):f(`staff.council.supportCount`,{count:String(e.supportCount??0)});return b(`li`,{class:`card council-source`,"data-idea":e.id,"data-theme":e.theme},b(`p`,{class:`card-title`},d(e.theme),b(`span`,e.titleText?v(e.titleText.lang):{},t)),b(`p`,{class:`card-meta`},n),U(`${f(`staff.council.add`)}: ${t}`,()=>r({ideaID:e.id}),`add-idea`))}))),M(f(`staff.council.fromThreads`),a.length===0?b(`p`,{},f(`staff.council.noThreads`)):b(`ul`,{class:`card-list`,role:`list`},...a.map(e=>b(`li`,{class:`card council-source`,"data-thread":e.id},b(`p`,{class:`card-title`},d(e.theme),b(`span`,{dir:`auto`},e.title)),b(`p`,{class:`card-meta`},f(`board.status.${e.status}`)),U(`${f(`staff.council.add`)}: ${e.title}`,()=>r({threadID:e.id,title:[{lang:e.conversation[0]?.language??`nl`,text:e.title.slice(0,200)}]}),`add-thread`))))),M(f(`staff.council.fromPolls`),s.length===0?b(`p`,{},f(`staff.council.noPolls`)):b(`ul`,{class:`card-list`,role:`list`},...s.map(e=>{let t=p(e.question,l);return b(`li`,{class:`card council-source`,"data-poll":e.id},b(`p`,{class:`card-title`},d(e.theme),t?b(`span`,v(t.lang),t.text):``),b(`p`,{class:`card-meta`},f(`staff.polls.status.${e.status}`)),U(`${f(`staff.council.add`)}: ${t?.text??``}`,()=>r({pollID:e.id,title:e.question.map(e=>({lang:e.lang,text:e.text.slice(0,200)}))}),`add-poll`))}))),nt(e,r))}function nt(e,t){let r=[...new Set([...e.council.location.languages??[],`nl`,`en`])],i=z(f(`staff.council.itemTitle`),r,`item-title`),a=j([[``,f(`staff.council.noTheme`)],...y.map(e=>[e,f(`themes.${e}`)])],{name:`theme`}),o=b(`form`,{class:`staff-form council-free-item`},i.element,k(f(`staff.council.theme`),a),b(`button`,{type:`submit`,class:`button button-secondary`},n(`write`),b(`span`,{},f(`staff.council.addItem`))));return P(o,async()=>{t({title:i.values(),theme:a.value?a.value:null})}),M(f(`staff.council.freeItem`),o)}function rt(e,t,n){let r=t.find(e=>e.status===`NOMINATING`),i=t.some(e=>e.status===`NOMINATING`||e.status===`VOTING`),a=t.length===0?b(`p`,{},f(`staff.council.noElections`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>b(`li`,{class:`card council-console-election`,"data-status":e.status},b(`p`,{class:`card-title`},f(`staff.council.electionStatus.${e.status}`),` · ${f(`staff.council.electionSeats`,{seats:String(e.seats)})}`),e.closesAt&&b(`p`,{class:`card-meta`},f(`staff.council.closesAt`,{date:I(e.closesAt)})),b(`ul`,{class:`council-console-members`,role:`list`},...e.candidates.filter(e=>!e.withdrawn&&e.pseudonym).map(e=>b(`li`,{class:`council-console-member`},g(e.avatar??``,`avatar avatar-small`),b(`span`,{dir:`auto`},e.pseudonym??``),e.elected&&b(`span`,{class:`badge`},f(`council.elected`))))))));return M(f(`staff.council.elections`),a,r?at(e,r,n):i?``:it(e,n))}function it(e,t){let r=A({type:`number`,min:`1`,max:`19`,name:`seats`,required:!0,value:String(e.vacancies||5)}),i=N(),a=b(`form`,{class:`staff-form council-call-election`},k(f(`staff.council.seatsToFill`),r,e.seats>0?f(`staff.council.byElectionHint`,{vacancies:String(e.vacancies)}):void 0),i.element,b(`button`,{type:`submit`,class:`button button-secondary`},n(`vote`),b(`span`,{},f(`staff.council.callElection`))));return P(a,async()=>{try{await x(We,{input:{councilID:e.id,seats:Number(r.value)}}),t()}catch(e){i.error(e)}}),a}function at(e,t,r){let i=t.candidates.filter(e=>!e.withdrawn&&e.memberID),a=i.map(e=>{let t=A({type:`checkbox`,name:`candidate`,value:e.memberID??``,checked:!0});return b(`label`,{class:`check-row`},t,g(e.avatar??``,`avatar avatar-small`),b(`span`,{dir:`auto`},e.pseudonym??``))}),o=A({type:`datetime-local`,name:`closesAt`,required:!0}),s=N(),c=b(`form`,{class:`staff-form council-create-election`},b(`fieldset`,{},b(`legend`,{},f(`staff.council.candidates`)),i.length===0?b(`p`,{},f(`staff.council.noCandidates`)):b(`div`,{},...a)),k(f(`staff.council.ballotCloses`),o),s.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`vote`),b(`span`,{},f(`staff.council.openBallot`))));return P(c,async()=>{let n=[...c.querySelectorAll(`input[name=candidate]:checked`)].map(e=>e.value);try{await x(Ge,{input:{councilID:e.id,seats:t.seats,candidateIDs:n,closesAt:new Date(o.value).toISOString()}}),r()}catch(e){s.error(e)}}),c}function ot(e,t,n){let r=e.flatMap(e=>e.agenda.flatMap(t=>t.decision?.outcome===`ADOPTED`?[{item:t,decision:t.decision,meeting:e}]:[]));return M(f(`staff.council.decisions`),r.length===0?b(`p`,{},f(`staff.council.noDecisions`)):b(`ul`,{class:`card-list`,role:`list`},...r.map(({decision:e,meeting:r})=>{let i=p(e.text,o());return b(`li`,{class:`card council-console-decision`,"data-decision":e.id},b(`p`,{class:`card-title`},i?b(`span`,v(i.lang),i.text):``),b(`p`,{class:`card-meta`},[I(r.startsAt),e.actionStatus?f(`board.status.${e.actionStatus}`):``,e.dueDate?f(`staff.council.due`,{date:L(e.dueDate)}):``].filter(Boolean).join(` · `)),st(e.id,t,n))})))}function st(e,t,n){let r=j(Oe.map(e=>[e,f(`board.status.${e}`)]),{name:`status`}),i=z(f(`staff.answers.reason`),[...new Set([...t,`nl`,`en`])],`reason-${e}`,!0),a=N(),o=()=>{i.element.hidden=r.value!==`NOT_POSSIBLE`};r.addEventListener(`change`,o),o();let s=b(`form`,{class:`staff-form council-decision-status`},k(f(`staff.answers.status`),r),i.element,a.element,b(`button`,{type:`submit`,class:`button button-secondary button-small`},b(`span`,{},f(`staff.council.saveStatus`))));return P(s,async()=>{let t=r.value;try{await x(He,{input:{decisionID:e,status:t,reason:t===`NOT_POSSIBLE`?i.values():null}}),n()}catch(e){a.error(e)}}),s}function ct(e){let t=O(`confirm-title`),r=O(`confirm-text`),i=b(`button`,{type:`button`,class:`button button-secondary confirm-no`},b(`span`,{},f(`staff.confirm.cancel`))),a=b(`button`,{type:`button`,class:`button button-primary confirm-yes`},n(`check`),b(`span`,{},e.confirm)),o=e.warnings??[],s=b(`dialog`,{class:`confirm-dialog`,"aria-labelledby":t,"aria-describedby":r},b(`h2`,{id:t},e.title),b(`p`,{id:r},e.text),o.length>0&&b(`ul`,{class:`confirm-warnings`,role:`list`},...o.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),b(`span`,{},e)))),b(`div`,{class:`form-actions`},i,a));return document.body.append(s),new Promise(e=>{let t=!1;i.addEventListener(`click`,()=>s.close()),a.addEventListener(`click`,()=>{t=!0,s.close()}),s.addEventListener(`close`,()=>{s.remove(),e(t)}),s.showModal(),i.focus()})}function lt(e,t){let n=e=>{let n=t.find(t=>t.id===e);return n?.titleText?.text??(n?.theme?f(`themes.${n.theme}`):e)};return[...e.undecidedAgendaItemIDs.map(e=>f(`staff.council.undecided`,{item:n(e)})),...e.missingTranslations.map(e=>f(e.field===`title`?`staff.council.missingTitle`:`staff.council.missingDecision`,{item:n(e.agendaItemID),languages:e.languages.map(R).join(`, `)}))]}function ut(e,t,n){return{title:f(`staff.council.minutes`),render(e){let r=b(`div`,{},F());e.append(Y(`/staff/council/${t}`,f(`staff.council.title`)),r);let i=e=>void x(B,{meeting:n,council:t}).then(({node:t})=>{V(t)?r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.council.minutesTitle`,{date:I(t.startsAt)})),b(`p`,{class:`card-meta`,dir:`auto`},t.place),dt(t),t.minutesPublishedAt?ft(t,e):pt(t,i)):r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)))},X(r));i()}}}function dt(e){let t=$e(e.council.location.languages??[],e.agenda.flatMap(e=>[e.title??[],e.decision?.text??[]])),r=new Set(e.council.location.languages??[]),i=(e,t,i)=>{let a=H(e,t);return a===void 0?!i||!r.has(t)?b(`td`,{class:`is-empty`},`–`):b(`td`,{class:`is-missing`},b(`span`,{class:`badge badge-warning`},n(`alert`),f(`staff.council.missing`))):b(`td`,v(t),a)};return M(f(`staff.council.agenda`),e.agenda.length===0?b(`p`,{},f(`staff.council.emptyAgenda`)):b(`div`,{class:`table-scroll`},b(`table`,{class:`council-minutes`},b(`caption`,{class:`visually-hidden`},f(`staff.council.minutes`)),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},f(`staff.council.item`)),...t.map(e=>b(`th`,{scope:`col`},R(e))))),b(`tbody`,{},...e.agenda.flatMap((e,n)=>{let r=`${n+1}. ${e.decision?f(`staff.council.outcome.${e.decision.outcome}`):f(`staff.council.noDecision`)}`,a=e.decision?.hands,o=[r,a?f(`staff.council.hands.summary`,{for:String(a.inFavour),against:String(a.against),abstain:String(a.abstain)}):``,e.decision?.dueDate?f(`staff.council.due`,{date:L(e.decision.dueDate)}):``].filter(Boolean).join(` · `);return[b(`tr`,{class:`minutes-title`,"data-item":e.id},b(`th`,{scope:`row`},o),...t.map(t=>e.title?.length?i(e.title,t,!0):t===e.titleText?.lang?b(`td`,v(t),e.titleText.text):b(`td`,{class:`is-empty`},`–`))),b(`tr`,{class:`minutes-decision`,"data-item":e.id},b(`th`,{scope:`row`},f(`staff.council.decision`)),...t.map(t=>i(e.decision?.text,t,!!e.decision)))]})))))}function ft(e,t){let r=t?lt(t,e.agenda):[];return M(f(`staff.council.publishedTitle`),b(`p`,{class:`minutes-published`,role:`status`},f(`staff.council.published`,{date:I(e.minutesPublishedAt)})),e.attendance!==null&&e.attendance!==void 0&&b(`p`,{},f(`staff.council.attendanceCount`,{count:String(e.attendance)})),r.length>0&&b(`ul`,{class:`confirm-warnings`,role:`list`},...r.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),b(`span`,{},e)))))}function pt(e,t){let r=A({type:`number`,min:`0`,max:`10000`,name:`attendance`,inputmode:`numeric`}),i=N(),a=b(`form`,{class:`staff-form council-publish`},k(f(`staff.council.attendance`),r,f(`staff.council.attendanceHint`)),i.element,b(`button`,{type:`submit`,class:`button button-primary minutes-publish`},n(`board`),b(`span`,{},f(`staff.council.publish`))));return P(a,async()=>{i.clear();try{let{minutesCheck:n}=await x(Le,{meeting:e.id}),i=lt(n,e.agenda);if(!await ct({title:f(`staff.council.publishConfirmTitle`),text:f(`staff.council.publishConfirm`),warnings:i,confirm:i.length>0?f(`staff.council.publishAnyway`):f(`staff.council.publish`)}))return;let{publishMinutes:a}=await x(Ve,{meeting:e.id,attendance:r.value===``?null:Number(r.value)});t(a)}catch(e){i.error(e)}}),M(f(`staff.council.publishTitle`),a)}function W(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function G(e){return W(e)===`object`}function mt(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function ht(e,t){return e.length<124?e:t}var K=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(K||{}),q=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(q||{});function gt(e){if(!G(e))throw Error(`Message is expected to be an object, but got ${W(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${W(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!G(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${W(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!G(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${W(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${W(e.payload.query)}`);if(e.payload.variables!=null&&!G(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${W(e.payload.variables)}`);if(e.payload.operationName!=null&&W(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${W(e.payload.operationName)}`);if(e.payload.extensions!=null&&!G(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${W(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${W(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!G(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${W(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${W(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!mt(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${W(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function _t(e,t){return gt(typeof e==`string`?JSON.parse(e,t):e)}function J(e,t){return gt(e),JSON.stringify(e,t)}function vt(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=bt,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!St(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,E=!1;async function D(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(J({type:q.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof yt&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(J(e?{type:q.ConnectionInit,payload:e}:{type:q.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(K.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(K.InternalClientError,ht(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=_t(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(J(n.payload?{type:q.Pong,payload:n.payload}:{type:q.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==q.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(K.BadResponse,ht(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function ee(e){if(bt(e)&&(xt(e.code)||[K.InternalServerError,K.InternalClientError,K.BadRequest,K.BadResponse,K.Unauthorized,K.SubprotocolNotAcceptable,K.SubscriberAlreadyExists,K.TooManyInitialisationRequests].includes(e.code)))throw e;if(E)return!1;if(bt(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await D();await e}catch(e){try{if(!ee(e))return}catch(e){return i?.(e)}}})();function te(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await D();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case q.Next:t.next(e.payload);return;case q.Error:i=!0,r=!0,t.error(e.payload),a();return;case q.Complete:r=!0,a();return}});o.send(J({id:n,type:q.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(J({id:n,type:q.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!ee(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:te,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=te(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(E=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new yt)}}}var yt=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function bt(e){return G(e)&&`code`in e&&`reason`in e}function xt(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function St(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var Ct=new Set([`UNAUTHENTICATED`,`FORBIDDEN`,`NOT_FOUND`,`BAD_USER_INPUT`]);function wt(e,t,n){let r=n.WebSocket??globalThis.WebSocket,i=n.retryMs??1e3,a=n.maxRetryMs??3e4,o=i,s,c,l=!1,u,d=()=>{let e=s;s=void 0,c=void 0,e?.dispose()},f=()=>{if(l||u!==void 0)return;d();let e=o;o=Math.min(o*2,a),u=setTimeout(()=>{u=void 0,l||m()},e)},p=e=>{let t=e?.[0],r=t?.extensions?.code??`INTERNAL`,i=!Ct.has(r);n.onError?.(t?.message??`error`,r,i),i?f():(l=!0,d())},m=()=>{let a=new URL(`/graphql`,location.href);a.protocol=a.protocol===`https:`?`wss:`:`ws:`;let u=vt({url:a.href,webSocketImpl:r,retryAttempts:0});s=u;let d=()=>u===s&&!l,m;c=u.subscribe({query:e.toString(),variables:t},{next(e){d()&&(e.data?(o=i,m=void 0,n.onData(e.data)):m=e.errors)},error(e){d()&&(Array.isArray(e)?p(e):(n.onError?.(`connection closed`,`NETWORK`,!0),f()))},complete(){d()&&(m?p(m):(n.onError?.(`the live figure ended`,`INTERNAL`,!0),f()))}})};return m(),{stop(){l=!0,clearTimeout(u),u=void 0,c?.(),d()}}}var Tt=t(`
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
`),Et=t(`
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
`),Dt=t(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),Ot=t(`
  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
    updatePoll(id: $id, input: $input) {
      id
    }
  }
`),kt=t(`
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
`),At=t(`
  query PollMissingLanguages($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        missingLanguages
      }
    }
  }
`),jt=t(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`),Mt=t(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`),Nt=t(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`),Pt=t(`
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
`),Ft=t(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`),It=[`SINGLE_CHOICE`,`MULTIPLE_CHOICE`,`YES_NO`,`SMILEY_SCALE`,`RANKING`,`SLIDER`],Lt=new Set([`YES_NO`,`SMILEY_SCALE`,`SLIDER`]);function Rt(e){return e.turnoutSuppressed||e.turnout===null||e.turnout===void 0?f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}):String(e.turnout)}function zt(t,n=``){let r=b(`p`,{class:`live-turnout ${n}`.trim(),"data-poll":t,role:`status`},f(`common.loading`)),i=wt(Ft,{pollID:t},{onData:({pollTurnout:e})=>{r.textContent=f(`staff.polls.liveTurnout`,{turnout:Rt(e)}),r.dataset.turnout=e.turnout===null||e.turnoutSuppressed?`<${e.minGroupSize}`:String(e.turnout),delete r.dataset.paused},onError:(t,n,i)=>{r.dataset.paused=`true`,r.textContent=i?f(`staff.polls.liveTurnoutPaused`,{turnout:r.dataset.turnout??`…`}):de(new e([{code:n,message:t}]))}});return{element:r,stop:()=>i.stop()}}var Bt=[`ADOPTED`,`REJECTED`,`DEFERRED`];function Vt(e,t,r){let i=e.council.location.languages??[],a=[...new Set([...i,`nl`,`en`])],o=N(),s=j(Bt.map(e=>[e,f(`staff.council.outcome.${e}`)]),{name:`outcome`}),c=z(f(`staff.council.decisionText`),a,`decision-${t.id}`,!0),l=A({type:`date`,name:`dueDate`}),u=k(f(`staff.council.dueDate`),l),d=b(`ul`,{class:`translation-warnings`}),p={handsFor:A({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsFor`,inputmode:`numeric`}),handsAgainst:A({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsAgainst`,inputmode:`numeric`}),handsAbstain:A({type:`number`,min:`0`,max:String(e.council.memberCount),name:`handsAbstain`,inputmode:`numeric`})},m=()=>{d.replaceChildren(...c.missing(i).map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:R(e)}))))},h=()=>{u.hidden=s.value!==`ADOPTED`};c.onInput(m),s.addEventListener(`change`,h),m(),h();let g=b(`form`,{class:`staff-form council-decision-form`,novalidate:!0},k(f(`staff.council.outcomeLabel`),s),c.element,b(`div`,{role:`status`},d),u,b(`fieldset`,{class:`council-hands`},b(`legend`,{},f(`staff.council.hands.legend`)),b(`p`,{class:`field-hint`},f(`staff.council.hands.hint`,{count:String(e.council.memberCount)})),b(`div`,{class:`council-hands-grid`},k(f(`staff.council.hands.for`),p.handsFor),k(f(`staff.council.hands.against`),p.handsAgainst),k(f(`staff.council.hands.abstain`),p.handsAbstain))),o.element,b(`button`,{type:`submit`,class:`button button-primary decision-record`},n(`check`),b(`span`,{},f(`staff.council.record`))));return P(g,async()=>{o.clear();for(let e of Object.values(p))e.removeAttribute(`aria-invalid`);let i=Xe({handsFor:p.handsFor.value,handsAgainst:p.handsAgainst.value,handsAbstain:p.handsAbstain.value},e.council.memberCount);if(!i.ok){p[i.field].setAttribute(`aria-invalid`,`true`),o.element.className=`outcome is-error`,o.element.setAttribute(`role`,`alert`),o.element.replaceChildren(n(`alert`),b(`p`,{},f(i.message,{count:String(e.council.memberCount)}))),p[i.field].focus();return}let a=s.value;try{await x(Be,{input:{agendaItemID:t.id,outcome:a,text:c.values(),dueDate:a===`ADOPTED`&&l.value?new Date(`${l.value}T12:00:00Z`).toISOString():null,...i.hands??{}}}),r()}catch(e){o.error(e)}}),g}function Ht(e,t,n){return{title:f(`staff.council.run`),render(e){let r=b(`div`,{},F()),i=b(`div`,{class:`council-run`},r);e.append(Y(`/staff/council/${t}/meetings/${n}`,f(`staff.council.prepare`)),i);let a=0,o,s=[],c=()=>{for(let e of s)e();s=[]},l=e=>{c(),o&&(r.replaceChildren(Ut(o,a,{go:u,reload:d,stops:s},t)),e&&r.querySelector(`.council-run-title`)?.focus())},u=e=>{!o||e===a||e<0||e>=o.agenda.length||(a=e,l(!0))},d=()=>void x(B,{meeting:n,council:t}).then(({node:e})=>{V(e)?(o=e,a=Math.min(a,Math.max(e.agenda.length-1,0)),l(!1)):r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)))},X(r)),p=e=>{if(e.target?.closest(`input, textarea, select`))return;let t=o&&Ze(e.key,a,o.agenda.length,document.documentElement.dir===`rtl`);t!=null&&(e.preventDefault(),u(t))};return document.addEventListener(`keydown`,p),d(),()=>{document.removeEventListener(`keydown`,p),c()}}}}function Ut(e,t,r,i){let a=e.agenda.length,o=`/staff/council/${i}/meetings/${e.id}/minutes`;if(a===0)return b(`div`,{},b(`h1`,{tabindex:`-1`,class:`council-run-title`},f(`staff.council.emptyAgenda`)));let s=e.agenda[t],c=s.titleText?.text??(s.theme?f(`themes.${s.theme}`):`–`),l=b(`nav`,{class:`council-run-nav`,"aria-label":f(`staff.council.agenda`)},b(`button`,{type:`button`,class:`button button-secondary run-previous`,disabled:t===0,on:{click:()=>r.go(t-1)}},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.council.previous`))),b(`p`,{class:`council-run-position`,"aria-live":`polite`},f(`staff.council.position`,{n:String(t+1),count:String(a)})),t<a-1?b(`button`,{type:`button`,class:`button button-primary run-next`,on:{click:()=>r.go(t+1)}},b(`span`,{},f(`staff.council.next`))):b(`a`,{class:`button button-primary run-minutes`,href:o,"data-link":!0},n(`board`),b(`span`,{},f(`staff.council.toMinutes`))));return b(`section`,{class:`council-run-slide`,"data-item":s.id,"aria-roledescription":f(`staff.council.slide`)},b(`h1`,{tabindex:`-1`,class:`council-run-title`,...s.titleText?v(s.titleText.lang):{}},s.theme&&d(s.theme,`icon council-run-theme`),b(`span`,{},c)),s.decision?Wt(s):b(`div`,{class:`council-run-work`},Vt(e,s,r.reload),Gt(e,s,c,r)),l)}function Wt(e){let t=e.decision,r=o(),i=H(t.text,r)===void 0?t.text[0]:{lang:r,text:H(t.text,r)};return b(`div`,{class:`council-run-decided`,"data-outcome":t.outcome},b(`p`,{class:`council-run-outcome`},n(`done`),b(`span`,{},f(`staff.council.outcome.${t.outcome}`))),i&&b(`p`,{class:`council-run-text`,...v(i.lang)},i.text),t.hands&&b(`p`,{class:`council-run-hands`},f(`staff.council.hands.summary`,{for:String(t.hands.inFavour),against:String(t.hands.against),abstain:String(t.hands.abstain)})),t.dueDate&&b(`p`,{class:`card-meta`},f(`staff.council.due`,{date:L(t.dueDate)})))}function Gt(e,t,r,i){let a=N(),s=b(`div`,{class:`council-quick-poll`}),c=t.title&&t.title.length>0?t.title:[{lang:t.titleText?.lang??o(),text:r}],l=b(`button`,{type:`button`,class:`button button-secondary quick-poll-start`,on:{click:()=>{l.disabled=!0,x(Ke,{input:{scope:`COUNCIL`,councilID:e.council.id,kind:`YES_NO`,theme:t.theme??`INFORMATION_PARTICIPATION`,question:c.map(e=>({lang:e.lang,text:e.text.slice(0,200)}))}}).then(({createPoll:e})=>x(qe,{id:e.id})).then(({openPoll:e})=>x(Ye,{item:t.id,poll:e.id})).then(({linkAgendaItemPoll:e})=>{e.pollID&&s.replaceChildren(...Kt(e.pollID,i))}).catch(e=>{l.disabled=!1,a.error(e)})}}},n(`tablet`),b(`span`,{},f(`staff.council.quickPoll`)));return t.pollID?s.append(...Kt(t.pollID,i)):s.append(b(`p`,{class:`field-hint`},f(`staff.council.quickPollHint`)),l,a.element),s}function Kt(e,t){let r=zt(e,`council-run-turnout`);return t.stops.push(r.stop),[b(`p`,{},f(`staff.council.quickPollOpen`)),r.element,b(`a`,{class:`button button-secondary quick-poll-results`,href:`/staff/polls/${e}`,"data-link":!0},n(`chart`),b(`span`,{},f(`staff.council.quickPollResults`)))]}function qt(e,t){let[n,r,i,a]=t;return n?r===`meetings`&&i?a===`run`?Ht(e,n,i):a===`minutes`?ut(e,n,i):et(e,n,i):Yt(e,n):Jt()}function Y(e,t){return b(`p`,{class:`no-print`},b(`a`,{href:e,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},t)))}function X(e){return t=>{let n=N();n.error(t),e.replaceChildren(n.element)}}function Jt(){return{title:f(`staff.council.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.council.title`)),b(`p`,{class:`field-hint`},f(`staff.council.hint`)),t),x(Pe).then(({locations:e})=>{let r=(e.edges??[]).flatMap(e=>e?.node?e.node.councils?.map(t=>({council:t,location:e.node.name}))??[]:[]);t.replaceChildren(r.length===0?b(`p`,{},f(`staff.council.none`)):b(`ul`,{class:`card-list`,role:`list`},...r.map(({council:e,location:t})=>b(`li`,{class:`card`,"data-council":e.id},b(`p`,{class:`card-title`},n(`council`),b(`a`,{href:`/staff/council/${e.id}`,"data-link":!0,class:`council-open`},e.name)),b(`p`,{class:`card-meta`},t)))))},X(t))}}}function Yt(e,t){return{title:f(`staff.council.title`),render(n){let r=b(`div`,{},F());n.append(Y(`/staff/council`,f(`staff.council.title`)),r);let i=()=>void x(Fe,{id:t}).then(({node:t,councilMeetings:n,councilElections:a})=>{Je(t)?r.replaceChildren(b(`h1`,{tabindex:`-1`},t.name),b(`p`,{class:`card-meta`},t.location.name),Xt(t),Zt(t,i),Qt(e,t,n),rt(t,a,i),ot(n,t.location.languages??[],i)):r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)))},X(r));i()}}}function Xt(e){let t=(e.memberships??[]).filter(e=>!e.leftAt&&e.member.status===`ACTIVE`),n={CHAIR:0,SECRETARY:1,MEMBER:2};return t.sort((e,t)=>n[e.role]-n[t.role]||e.member.pseudonym.localeCompare(t.member.pseudonym)),M(f(`staff.council.members`),b(`p`,{class:`card-meta`},f(`staff.council.memberCount`,{count:String(e.memberCount)}),e.seats>0?` · ${f(`staff.council.seats`,{seats:String(e.seats),vacancies:String(e.vacancies)})}`:``),b(`ul`,{class:`council-console-members`,role:`list`},...t.map(e=>b(`li`,{class:`council-console-member`,"data-member":e.member.pseudonym},g(e.member.avatar,`avatar avatar-small`),b(`span`,{dir:`auto`},e.member.pseudonym),e.role!==`MEMBER`&&b(`span`,{class:`badge`},f(`council.role.${e.role}`)))),...Array.from({length:e.vacancies},()=>b(`li`,{class:`council-console-member is-vacant`},b(`span`,{},f(`staff.council.vacancy`))))))}function Zt(e,t){let n=A({type:`number`,min:`1`,max:`1000`,name:`supports`,required:!0,value:String(e.supportThreshold)}),r=N(),i=b(`form`,{class:`staff-form council-threshold`},k(f(`staff.council.threshold`),n,f(`staff.council.thresholdHint`)),r.element,b(`button`,{type:`submit`,class:`button button-secondary`},b(`span`,{},f(`staff.council.save`))));return P(i,async()=>{try{await x(Ue,{council:e.id,supports:Number(n.value)}),t()}catch(e){r.error(e)}}),M(f(`staff.council.supports`),i)}function Qt(e,t,r){let i=A({type:`datetime-local`,name:`startsAt`,required:!0}),a=A({name:`place`,required:!0,maxlength:`200`}),o=N(),s=b(`form`,{class:`staff-form council-new-meeting`},k(f(`staff.council.startsAt`),i),k(f(`staff.council.place`),a),o.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`write`),b(`span`,{},f(`staff.council.newMeeting`))));P(s,async()=>{try{let{createMeeting:n}=await x(Re,{input:{councilID:t.id,startsAt:new Date(i.value).toISOString(),place:a.value}});e.navigate(`/staff/council/${t.id}/meetings/${n.id}`)}catch(e){o.error(e)}});let c=`/staff/council/${t.id}/meetings`;return M(f(`staff.council.meetings`),r.length===0?b(`p`,{},f(`staff.council.noMeetings`)):b(`ul`,{class:`card-list`,role:`list`},...r.map(e=>b(`li`,{class:`card council-meeting`,"data-meeting":e.id},b(`p`,{class:`card-title`},`${I(e.startsAt)} · `,b(`span`,{dir:`auto`},e.place)),b(`p`,{class:`card-meta`},e.minutesPublishedAt?f(`staff.council.published`,{date:I(e.minutesPublishedAt)}):f(`staff.council.items`,{count:String(e.agenda.length)})),b(`ul`,{class:`plain-list`},...e.agenda.map(e=>b(`li`,e.titleText?v(e.titleText.lang):{},e.titleText?.text??`–`))),b(`div`,{class:`row-actions`},!e.minutesPublishedAt&&b(`a`,{class:`button button-secondary button-small meeting-agenda`,href:`${c}/${e.id}`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.council.prepare`))),!e.minutesPublishedAt&&b(`a`,{class:`button button-secondary button-small meeting-run`,href:`${c}/${e.id}/run`,"data-link":!0},n(`council`),b(`span`,{},f(`staff.council.run`))),b(`a`,{class:`button button-secondary button-small meeting-minutes`,href:`${c}/${e.id}/minutes`,"data-link":!0},n(`board`),b(`span`,{},f(`staff.council.minutes`))))))),s)}var $t=t(`
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
`),en=t(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      moderationState
    }
  }
`),tn=[`PERSONAL_INFO`,`HURTFUL`,`OFF_TOPIC`,`DUPLICATE`,`OTHER`];function nn(e){return{title:f(`staff.moderation.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.moderation.title`)),b(`p`,{class:`field-hint`},f(`staff.moderation.hint`)),t),x($t).then(({moderationQueue:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(r.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.empty`))):b(`ul`,{class:`card-list`,role:`list`},...r.map(e=>rn(e))))},e=>{let n=N();n.error(e),t.replaceChildren(n.element)})}}}function rn(e){let t=N(),r=b(`textarea`,{class:`input`,rows:`2`,maxlength:`1000`}),i=j(tn.map(e=>[e,f(`staff.moderation.reasons.${e}`)]),{name:`reason`}),a=b(`div`,{class:`decision-details`,hidden:!0},b(`div`,{class:`reason-field`},k(f(`staff.moderation.reason`),i)),k(f(`staff.moderation.note`),r,f(`staff.moderation.noteHint`))),o,s=b(`button`,{type:`button`,class:`button button-primary button-small`,hidden:!0},b(`span`,{},f(`staff.moderation.confirm`))),c=async a=>{t.clear();for(let e of u.querySelectorAll(`button`))e.disabled=!0;try{await x(en,{input:{postID:e.id,decision:a,reasonCode:a===`REJECT`?i.value:null,note:r.value.trim()||null}}),u.replaceChildren(b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.done.${a}`))))}catch(e){t.error(e);for(let e of u.querySelectorAll(`button`))e.disabled=!1}},l=e=>{o=e,a.hidden=!1,a.querySelector(`.reason-field`).hidden=e!==`REJECT`,s.hidden=!1,s.querySelector(`span`).textContent=f(`staff.moderation.confirmAction.${e}`)};s.addEventListener(`click`,()=>{o&&c(o)});let u=b(`li`,{class:`card moderation-card`,"data-post":e.id},b(`p`,{class:`card-title`},d(e.thread.theme),b(`span`,{dir:`auto`},e.thread.title),b(`span`,{class:`card-meta`},` · ${e.thread.location.name} · ${I(e.createdAt)}`)),b(`blockquote`,{class:`moderation-body`,...v(e.language)},e.body),e.flags.length>0&&b(`ul`,{class:`flags`,role:`list`,"aria-label":f(`staff.moderation.flags`)},...e.flags.map(e=>b(`li`,{class:`flag flag-${e.toLowerCase()}`},n(`alert`),b(`span`,{},f(`staff.moderation.flagNames.${e}`))))),b(`div`,{class:`row-actions`},b(`button`,{type:`button`,class:`button button-primary button-small approve`,on:{click:()=>void c(`APPROVE`)}},n(`check`),b(`span`,{},f(`staff.moderation.approve`))),b(`button`,{type:`button`,class:`button button-secondary button-small reject`,on:{click:()=>l(`REJECT`)}},b(`span`,{},f(`staff.moderation.reject`))),b(`button`,{type:`button`,class:`button button-danger button-small escalate`,on:{click:()=>l(`ESCALATE`)}},n(`alert`),b(`span`,{},f(`staff.moderation.escalate`)))),a,s,t.element);return u}function an(e,t){let r=f(t?`staff.polls.editTitle`:`staff.polls.new`);return{title:r,render(i){let a=b(`div`,{},F());i.append(b(`p`,{},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),b(`h1`,{tabindex:`-1`},r),a),Promise.all([x(Et),t?x(kt,{id:t}):void 0]).then(([{locations:n},r])=>{let i=n.edges?.flatMap(e=>e?.node?[e.node]:[])??[],o=r?.node&&`status`in r.node?r.node:void 0;t&&o?.status!==`DRAFT`?a.replaceChildren(b(`p`,{class:`outcome is-error`,role:`alert`},f(o?`staff.polls.notDraft`:`staff.errors.NOT_FOUND`))):a.replaceChildren(sn(e,i,o))},e=>{let t=N();t.error(e),a.replaceChildren(t.element)})}}}function on(){let e=m.map(e=>[e,f(`pictograms.${e}`)]);return[[``,f(`staff.polls.noPictogram`)],...e]}function sn(e,t,i){let a=j(t.flatMap(e=>[[`location:${e.id}`,f(`staff.polls.everyoneAt`,{location:e.name})],...(e.councils??[]).map(t=>[`council:${t.id}`,`${t.name} (${e.name})`])]),{name:`target`}),o=j(It.map(e=>[e,f(`staff.polls.kinds.${e}`)]),{name:`kind`}),s=j([[``,f(`staff.polls.chooseTheme`)],...y.map(e=>[e,f(`themes.${e}`)])],{name:`theme`,required:!0}),c=A({type:`number`,min:`1`,name:`maxChoices`,value:`2`,inputmode:`numeric`}),l=k(f(`staff.polls.maxChoices`),c),u=b(`form`,{class:`staff-form poll-editor`}),d=N(),p=b(`ul`,{class:`translation-warnings`}),m=b(`div`,{}),h=b(`div`,{}),g,_=[],v=[],S=[];i&&(a.value=i.council?`council:${i.council.id}`:`location:${i.location?.id??``}`,a.disabled=!0,o.value=i.kind,s.value=i.theme,i.maxChoices&&(c.value=String(i.maxChoices)));let C=e=>{let[n,r]=e.split(`:`);return n===`location`?t.find(e=>e.id===r):t.find(e=>e.councils?.some(e=>e.id===r))},w=()=>{let e=new Set;for(let t of g.missing(S))e.add(t);for(let t of _)for(let n of t.label.missing(S))e.add(n);p.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:R(e)}))))},T=e=>{let t=j(on(),{name:`pictogram`});e?.pictogram&&(t.value=e.pictogram);let n=b(`span`,{class:`pictogram-preview`}),i=()=>n.replaceChildren(r(t.value||null,s.value));t.addEventListener(`change`,i),s.addEventListener(`change`,i),i();let a=z(f(`staff.polls.optionLabel`,{n:String(_.length+1)}),v,`option${_.length+1}`);e&&a.set(e.label),a.onInput(w);let o=b(`div`,{class:`poll-option-row`},b(`div`,{class:`pictogram-field`},n,k(f(`staff.polls.pictogram`),t)),a.element,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{_=_.filter(e=>e.row!==o),o.remove(),w()}}},b(`span`,{},f(`staff.polls.removeOption`))));_.push({pictogram:t,label:a,row:o}),E.append(o),w()},E=b(`div`,{class:`poll-options`}),D=e=>{S=C(a.value)?.languages??[];let t=e?[...e.question,...e.options.flatMap(e=>e.label)].map(e=>e.lang):[];v=[...new Set([...S,`nl`,`en`,...t])],g=z(f(`staff.polls.question`),v,`question`,!0),e&&g.set(e.question),g.onInput(w),m.replaceChildren(g.element),_=[],E.replaceChildren();let n=Lt.has(o.value);if(l.hidden=o.value!==`MULTIPLE_CHOICE`,h.replaceChildren(n?b(`p`,{class:`field-hint`},f(`staff.polls.standardOptions`)):b(`div`,{},b(`h2`,{},f(`staff.polls.options`)),E,b(`button`,{type:`button`,class:`button button-secondary add-option`,on:{click:()=>T()}},b(`span`,{},f(`staff.polls.addOption`))))),!n){let t=e?[...e.options].sort((e,t)=>e.position-t.position):[];if(t.length>0)for(let e of t)T(e);else T(),T()}w()};return a.addEventListener(`change`,()=>D()),o.addEventListener(`change`,()=>D()),u.append(k(f(`staff.polls.target`),a),k(f(`staff.polls.kind`),o),k(f(`staff.polls.theme`),s),l,m,h,b(`div`,{role:`status`},p),d.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`check`),b(`span`,{},f(`staff.polls.save`)))),D(i),P(u,async()=>{d.clear();let[t,n]=a.value.split(`:`),r=Lt.has(o.value),l={kind:o.value,theme:s.value,question:g.values(),options:r?null:_.map(e=>({label:e.label.values(),pictogram:e.pictogram.value||null})),maxChoices:o.value===`MULTIPLE_CHOICE`?Number(c.value):null};try{let r=i&&{description:i.description??null,audienceAgeBands:i.audienceAgeBands??null,opensAt:i.opensAt??null,closesAt:i.closesAt??null,minGroupSize:i.minGroupSize};i?await x(Ot,{id:i.id,input:{...l,...r}}):await x(Dt,{input:{councilID:t===`council`?n??null:null,locationID:t===`location`?n??null:null,...l}}),e.navigate(`/staff/polls`)}catch(e){d.error(e)}}),u}var cn=`http://www.w3.org/2000/svg`,ln=0;function Z(e,t){let n=document.createElementNS(cn,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}function Q(e){ln+=1;let t=`chart-${ln}`,n=Math.max(1,...e.bars.map(e=>e.value??0)),r=Z(`svg`,{viewBox:`0 0 600 ${e.bars.length*66+8}`,class:`bar-chart`,role:`img`,"aria-labelledby":`${t}-title`}),i=Z(`title`,{id:`${t}-title`});i.textContent=e.title,r.append(i);let a=Z(`defs`,{}),o=Z(`pattern`,{id:`${t}-hatch`,width:8,height:8,patternUnits:`userSpaceOnUse`,patternTransform:`rotate(45)`});return o.append(Z(`rect`,{width:8,height:8,class:`bar-suppressed-bg`}),Z(`line`,{x1:0,y1:0,x2:0,y2:8,class:`bar-hatch`})),a.append(o),r.append(a),e.bars.forEach((i,a)=>{let o=a*66+4,s=Z(`text`,{x:0,y:o+16,class:`bar-label`});s.textContent=i.label,i.lang&&s.setAttribute(`lang`,i.lang);let c=o+22,l=Z(`text`,{y:c+22+6,class:`bar-value`});if(i.value===null)r.append(s,Z(`rect`,{x:0,y:c,width:60,height:28,fill:`url(#${t}-hatch)`,class:`bar-suppressed`})),l.setAttribute(`x`,`70`),l.textContent=e.suppressedText;else{let e=Math.max(2,480*i.value/n);r.append(s,Z(`rect`,{x:0,y:c,width:e,height:28,rx:4,class:`bar`})),l.setAttribute(`x`,String(0+e+10)),l.textContent=String(i.value)}r.append(l)}),b(`figure`,{class:`chart`},r,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.bars.map(t=>b(`tr`,{},b(`td`,t.lang?{lang:t.lang,dir:`auto`}:{},t.label),b(`td`,{},t.value===null?e.suppressedText:String(t.value)))))))}var un=t(`
  mutation RespondToPoll($input: RespondToPollInput!) {
    respondToPoll(input: $input) {
      id
    }
  }
`);function dn(e,t){let n=e.whatWeDid;return b(`div`,{class:`no-print poll-we-did`},M(f(`staff.polls.whatWeDid`),b(`p`,{class:`field-hint`},f(`staff.polls.whatWeDidHint`)),n&&b(`p`,{class:`card-meta poll-response-current`,"data-status":n.status},`${f(`staff.answers.latest`)} (${f(`board.status.${n.status}`)}): `,b(`span`,v(n.language),n.text)),ke(e.location?.languages??[],t=>x(un,{input:{pollID:e.id,...t}}),t,`poll-response-form`)))}function fn(e,t){return{title:f(`staff.polls.results`),render(e){let r=b(`div`,{},F()),i,a=!1;e.append(b(`p`,{class:`no-print`},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),r);let s=()=>void x(Pt,{id:t}).then(({node:e,pollResults:t})=>{if(!e||!(`options`in e)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let c=o(),l=p(e.question,c),u=f(`staff.polls.fewerThan`,{k:String(t.minGroupSize)}),d=new Map(t.options.map(e=>[e.optionID,e])),m=[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,c),n=d.get(e.id);return{label:t?.text??e.pictogram??``,value:n&&!n.suppressed?n.count??null:null,lang:t?.lang??c}}),h=Rt(t);t.status===`OPEN`&&!a&&(i=zt(e.id,`report-figure`)),r.replaceChildren(b(`article`,{class:`report print-area`},b(`h1`,{tabindex:`-1`,...l?v(l.lang):{}},l?.text??f(`staff.polls.results`)),b(`p`,{class:`card-meta`},[e.council?.name??e.location?.name??f(`staff.polls.national`),f(`staff.polls.status.${t.status}`),e.closedAt?f(`staff.polls.closedOn`,{date:I(e.closedAt)}):``].filter(Boolean).join(` · `)),i?.element??b(`p`,{class:`report-figure`},f(`staff.polls.turnout`,{turnout:h})),t.countsVisible?M(f(`staff.polls.chartTitle`),Q({title:l?.text??f(`staff.polls.results`),bars:m,suppressedText:u,labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}),t.median!==null&&t.median!==void 0&&b(`p`,{},f(`staff.polls.median`,{median:t.median.toLocaleString(c)}))):b(`p`,{class:`outcome is-success`,role:`status`},n(`lock`),b(`span`,{},f(`staff.polls.hiddenWhileOpen`))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(t.minGroupSize)}))),b(`p`,{class:`no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))),...t.status===`PUBLISHED`?[dn({id:e.id,location:e.location,whatWeDid:e.whatWeDid},s)]:[])},e=>{let t=N();t.error(e),r.replaceChildren(t.element)});return s(),()=>{a=!0,i?.stop()}}}}function pn(e,t){return t[0]===`new`?an(e):t[0]&&t[1]===`edit`?an(e,t[0]):t[0]?fn(e,t[0]):mn()}function mn(){return{title:f(`staff.polls.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.polls.title`)),b(`p`,{},b(`a`,{class:`button button-primary`,href:`/staff/polls/new`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.polls.new`)))),t);let r=[],i=()=>{for(let e of r)e.stop();r=[]},a=()=>{x(Tt).then(({polls:e})=>{i();let n=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(n.length===0?b(`p`,{},f(`staff.polls.none`)):b(`ul`,{class:`card-list`,role:`list`},...n.map(e=>{let t=e.status===`OPEN`?zt(e.id):void 0;return t&&r.push(t),gn(e,t?.element,a)})))},e=>{let n=N();n.error(e),t.replaceChildren(n.element)})};return a(),i}}}async function hn(e,t){let n=p(e.question,o())?.text??``,r={title:f(`staff.polls.confirm.${t}Title`),text:f(`staff.polls.confirm.${t}`),confirm:f(`staff.polls.${t}`)};if(t===`open`){let{node:t}=await x(At,{id:e.id}),n=t&&`missingLanguages`in t?t.missingLanguages:[];n.length>0&&(r.warnings=[f(`staff.polls.confirm.missingLanguages`,{languages:n.map(R).join(`, `)})],r.confirm=f(`staff.polls.confirm.openAnyway`))}return ct({...r,title:`${r.title}${n?` – ${n}`:``}`})}function gn(e,t,r){let i=p(e.question,o()),a=N(),s=(t,n)=>b(`button`,{type:`button`,class:`button button-secondary button-small poll-${t}`,on:{click:()=>void hn(e,t).then(e=>e?n().then(r):void 0).catch(e=>a.error(e))}},b(`span`,{},f(`staff.polls.${t}`))),c=b(`div`,{class:`row-actions`});return e.status===`DRAFT`&&c.append(b(`a`,{class:`button button-secondary button-small poll-edit`,href:`/staff/polls/${e.id}/edit`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.polls.edit`))),s(`open`,()=>x(jt,{id:e.id}))),e.status!==`DRAFT`&&c.append(b(`a`,{class:`button button-secondary button-small poll-results`,href:`/staff/polls/${e.id}`,"data-link":!0},n(`chart`),b(`span`,{},f(`staff.polls.results`)))),e.status===`OPEN`&&c.append(s(`close`,()=>x(Mt,{id:e.id}))),e.status===`CLOSED`&&c.append(s(`publish`,()=>x(Nt,{id:e.id}))),b(`li`,{class:`card`,"data-poll":e.id,"data-status":e.status},b(`p`,{class:`card-title`},d(e.theme),i?b(`span`,v(i.lang),i.text):``),b(`p`,{class:`card-meta`},[f(`staff.polls.status.${e.status}`),f(`staff.polls.kinds.${e.kind}`),e.council?.name??e.location?.name??f(`staff.polls.national`)].join(` · `)),t,c,a.element)}var _n=t(`
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
`),vn=t(`
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
      generatedAt
    }
  }
`),yn=t(`
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
`),bn=`http://www.w3.org/2000/svg`;function $(e,t){let n=document.createElementNS(bn,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}var xn=0;function Sn(e){xn+=1;let t=`line-${xn}`,n=e.format??(e=>e.toFixed(1)),r={left:40,right:16,top:16,bottom:40},i=600-r.left-r.right,a=240-r.top-r.bottom,o=t=>r.left+(e.points.length<=1?i/2:i*t/(e.points.length-1)),s=t=>r.top+a-(t-e.min)/(e.max-e.min||1)*a,c=$(`svg`,{viewBox:`0 0 600 240`,class:`line-chart`,role:`img`,"aria-labelledby":`${t}-title`}),l=$(`title`,{id:`${t}-title`});l.textContent=e.title,c.append(l);for(let t=e.min;t<=e.max;t+=1){c.append($(`line`,{x1:r.left,x2:600-r.right,y1:s(t),y2:s(t),class:`grid-line`}));let e=$(`text`,{x:r.left-8,y:s(t)+5,class:`axis-label`,"text-anchor":`end`});e.textContent=String(t),c.append(e)}if(e.points.length>0){let t=e.points.map((e,t)=>`${t===0?`M`:`L`}${o(t).toFixed(1)} ${s(e.value).toFixed(1)}`).join(` `);c.append($(`path`,{d:t,class:`line`})),e.points.forEach((e,t)=>{c.append($(`circle`,{cx:o(t),cy:s(e.value),r:5,class:`line-point`}));let n=$(`text`,{x:o(t),y:228,class:`axis-label`,"text-anchor":`middle`});n.textContent=e.label,c.append(n)})}return b(`figure`,{class:`chart`},c,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.points.map(e=>b(`tr`,{},b(`td`,{},e.label),b(`td`,{},n(e.value)))))))}function Cn(e,t,n){let r=new URLSearchParams;n.from&&r.set(`from`,n.from),n.to&&r.set(`to`,n.to);let i=r.toString();return`/export/location/${encodeURIComponent(e.locationID)}.${t}${i?`?${i}`:``}`}function wn(e,t,...n){return b(`details`,{class:`staff-section report-fold`,open:t},b(`summary`,{},b(`h2`,{},e)),...n)}function Tn(e,t){let r=o(),i=String(e.minGroupSize),a=f(`staff.polls.fewerThan`,{k:i}),s=(e,t=0)=>e==null?a:e.toLocaleString(r,{maximumFractionDigits:t}),c=e=>e==null?f(`staff.reports.notEnough`):f(`staff.reports.hours`,{hours:e.toLocaleString(r,{maximumFractionDigits:1})}),l=e.participation,u=[[f(`staff.reports.activeMembers`),s(l.activeMembers)],[f(`staff.reports.voters`),s(l.voters)],[f(`staff.reports.turnout`),l.turnoutPercent===null||l.turnoutPercent===void 0?a:`${s(l.turnoutPercent,0)} %`],[f(`staff.reports.posts`),s(l.posts)],[f(`staff.reports.safetyScore`),e.safetyScore===null||e.safetyScore===void 0?f(`staff.reports.notEnough`):`${s(e.safetyScore,1)} / 5`],[f(`staff.reports.overdue`),s(e.overdueResponses)],[f(`staff.reports.safeguarding`),s(e.openSafeguardingCases)],[f(`staff.reports.moderationTime`),c(e.feedback.medianModerationHours)],[f(`staff.reports.responseTime`),c(e.feedback.medianResponseHours)]],d=e.themes.filter(e=>e.theme),m=e=>e?f(`themes.${e}`):``,h=new Map;for(let t of e.smileyTrend)h.set(t.theme,[...h.get(t.theme)??[],t]);return b(`article`,{class:`report print-area`,"data-location":e.locationID},b(`h2`,{class:`report-title`},e.locationName),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:L(e.period.from),to:L(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`))),b(`a`,{class:`button button-secondary report-csv`,href:Cn(e,`csv`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.csv`))),b(`a`,{class:`button button-secondary report-xlsx`,href:Cn(e,`xlsx`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.xlsx`)))),M(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...u.map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),d.length>0&&wn(f(`staff.reports.themes`),!1,Q({title:f(`staff.reports.threadsPerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.threads??null})),suppressedText:a,labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.threads`)}),Q({title:f(`staff.reports.responseTimePerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.medianResponseHours===null||e.medianResponseHours===void 0?null:Math.round(e.medianResponseHours)})),suppressedText:f(`staff.reports.notEnough`),labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.hoursHeading`)})),h.size>0&&wn(f(`staff.reports.trend`),!1,...[...h].map(([e,t])=>Sn({title:f(`staff.reports.trendOf`,{theme:m(e)}),points:t.map(e=>({label:new Date(e.start).toLocaleDateString(r,{day:`numeric`,month:`short`}),value:e.score})),min:1,max:5,labelHeading:f(`staff.reports.week`),valueHeading:f(`staff.reports.score`)}))),wn(f(`staff.reports.polls`),!1,e.polls.length===0?b(`p`,{},f(`staff.reports.noPolls`)):b(`div`,{class:`report-polls`},...e.polls.map(e=>{let t=p(e.question,r);return b(`div`,{class:`report-poll`},b(`h3`,t?v(t.lang):{},t?.text??``),b(`p`,{class:`card-meta`},f(`staff.polls.turnout`,{turnout:e.turnoutSuppressed?a:s(e.turnout)})),e.median!==null&&e.median!==void 0&&b(`p`,{class:`report-median`},f(`staff.polls.median`,{median:s(e.median,1)})),Q({title:t?.text??``,bars:[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,r);return{label:t?.text??String(e.position+1),value:e.suppressed?null:e.count??null,lang:t?.lang??r}}),suppressedText:f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}))}))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:i})))}function En(e){let t=o(),r=f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),i=(e,n=0)=>e==null?r:e.toLocaleString(t,{maximumFractionDigits:n}),a=e=>e==null?f(`staff.reports.notEnough`):`${i(e,1)} / 5`,s=[`location`,`kind`,`housed`,`voters`,`turnout`,`posts`,`overdue`,`safety`,`concerns`];return b(`article`,{class:`report print-area`,"data-location":`national`},b(`h2`,{class:`report-title`},f(`staff.reports.national`)),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:L(e.period.from),to:L(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))),M(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...[[f(`staff.reports.locationsCount`),String(e.total.locations)],[f(`staff.locations.childrenHoused`),i(e.total.childrenHoused)],[f(`staff.reports.voters`),i(e.total.participation.voters)],[f(`staff.reports.posts`),i(e.total.participation.posts)],[f(`staff.reports.overdue`),i(e.total.overdueResponses)],[f(`staff.reports.safeguarding`),i(e.total.openSafeguardingCases)],[f(`staff.reports.safetyScore`),a(e.total.safetyScore)]].map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),M(f(`staff.reports.byLocation`),b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table national-table`},b(`thead`,{},b(`tr`,{},...s.map(e=>b(`th`,{scope:`col`},f(`staff.reports.columns.${e}`))))),b(`tbody`,{},...e.locations.map(e=>b(`tr`,{class:e.concerns.length>0?`has-concern`:``},b(`th`,{scope:`row`},e.locationName??``),b(`td`,{},e.kind?f(`staff.locationKinds.${e.kind}`):``),b(`td`,{},i(e.childrenHoused)),b(`td`,{},i(e.participation.voters)),b(`td`,{},e.participation.turnoutPercent===null||e.participation.turnoutPercent===void 0?r:`${i(e.participation.turnoutPercent)} %`),b(`td`,{},i(e.participation.posts)),b(`td`,{},i(e.overdueResponses)),b(`td`,{},a(e.safetyScore)),b(`td`,{},...e.concerns.map(e=>b(`span`,{class:`badge badge-warning`},n(`alert`),f(`staff.reports.concerns.${e}`)))))))))),M(f(`staff.reports.byKind`),Q({title:f(`staff.reports.votersPerKind`),bars:e.kinds.map(e=>({label:e.kind?f(`staff.locationKinds.${e.kind}`):``,value:e.participation.voters??null})),suppressedText:r,labelHeading:f(`staff.locations.kind`),valueHeading:f(`staff.reports.voters`)})),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(e.minGroupSize)})))}function Dn(e){let t=new Date(e),n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function On(e){return{title:f(`staff.reports.title`),render(t){let r=b(`div`,{},F());t.append(b(`h1`,{class:`no-print`,tabindex:`-1`},f(`staff.reports.title`)),r),x(_n).then(({locations:t})=>{let i=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(i.length===0){r.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let a=j([...e.viewer.capabilities.includes(`READ_NATIONAL_REPORT`)?[[`national`,f(`staff.reports.national`)]]:[],...i.map(e=>[e.id,e.name])],{name:`location`}),o=A({type:`date`,name:`from`}),s=A({type:`date`,name:`to`}),c=j([[`WEEK`,f(`staff.reports.weeks`)],[`MONTH`,f(`staff.reports.months`)]],{name:`trend`}),l=N(),u=b(`div`,{class:`report-slot`}),d=b(`form`,{class:`staff-form report-form no-print`},k(f(`staff.reports.location`),a),b(`div`,{class:`report-dates`},k(f(`staff.reports.from`),o),k(f(`staff.reports.to`),s),k(f(`staff.reports.trendPer`),c)),l.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`chart`),b(`span`,{},f(`staff.reports.show`)))),p=e=>{o.value||=Dn(e.from),s.value||=Dn(new Date(new Date(e.to).getTime()-1).toISOString())},m=async()=>{l.clear(),u.replaceChildren(F());let e={from:o.value?new Date(`${o.value}T00:00:00`).toISOString():null,to:s.value?new Date(`${s.value}T23:59:59`).toISOString():null,trend:c.value};try{if(a.value===`national`){let{nationalReport:t}=await x(yn,e);p(t.period),u.replaceChildren(En(t));return}let{locationReport:t}=await x(vn,{locationID:a.value,...e});p(t.period),u.replaceChildren(Tn(t,{from:o.value,to:s.value}))}catch(e){u.replaceChildren(),l.error(e)}};P(d,m),r.replaceChildren(d,u),m()},e=>{let t=N();t.error(e),r.replaceChildren(t.element)})}}}var kn=t(`
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
`),An=t(`
  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
    updateSafeguardingCase(input: $input) {
      id
      status
    }
  }
`),jn=[`OPEN`,`IN_PROGRESS`,`CLOSED`];function Mn(e){return{title:f(`staff.safeguarding.title`),render(e){let t=b(`div`,{},F());e.append(b(`h1`,{tabindex:`-1`},f(`staff.safeguarding.title`)),b(`p`,{class:`field-hint`},f(`staff.safeguarding.hint`)),t);let n=()=>{x(kn).then(({safeguardingCases:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.safeguarding.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>Nn(e,n))))},e=>{let n=N();n.error(e),t.replaceChildren(n.element)})};n()}}}function Nn(e,t){let r=j(jn.map(e=>[e,f(`staff.safeguarding.status.${e}`)]));r.value=e.status;let i=b(`textarea`,{class:`input`,rows:`3`,maxlength:`4000`}),a=N(),o=b(`form`,{class:`staff-form inline-form`},k(f(`staff.safeguarding.statusLabel`),r),k(f(`staff.safeguarding.note`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.safeguarding.save`))));return P(o,async()=>{try{await x(An,{input:{caseID:e.id,status:r.value,note:i.value.trim()||null}}),t()}catch(e){a.error(e)}}),b(`li`,{class:`card`,"data-case":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${e.location.name} · ${f(`staff.safeguarding.status.${e.status}`)}`)),b(`p`,{class:`card-meta`},f(`staff.safeguarding.opened`,{date:I(e.openedAt),by:e.openedByName})),b(`blockquote`,{class:`moderation-body`,...v(e.postLanguage)},e.postBody),e.notes.length>0&&b(`ol`,{class:`plain-list`},...e.notes.map(e=>b(`li`,{},b(`span`,{class:`card-meta`},`${I(e.at)}: `),e.text))),o)}var Pn=t(`
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
`),Fn=t(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      acknowledgedAt
    }
  }
`);function In(e){return{title:f(`staff.signals.title`),render(t){let r=b(`div`,{},F());t.append(b(`h1`,{tabindex:`-1`},f(`staff.signals.title`)),b(`p`,{class:`field-hint`},f(`staff.signals.hint`)),r);let i=()=>{x(Pn).then(({signals:t})=>{let a=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];r.replaceChildren(a.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.signals.none`))):b(`ul`,{class:`card-list`,role:`list`},...a.map(t=>Ln(t,e.viewer.capabilities.includes(`ACKNOWLEDGE_SIGNALS`),i))))},e=>{let t=N();t.error(e),r.replaceChildren(t.element)})};i()}}}function Ln(e,t,r){let i=N();return b(`li`,{class:e.acknowledgedAt?`card`:`card signal-new`,"data-signal":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${f(`staff.signals.kinds.${e.kind}`)} · ${e.location.name}`)),b(`p`,{dir:`auto`},e.detail),b(`p`,{class:`card-meta`},e.acknowledgedAt?f(`staff.signals.acknowledged`,{date:I(e.acknowledgedAt)}):f(`staff.signals.raised`,{date:I(e.createdAt)})),!e.acknowledgedAt&&t&&b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(Fn,{id:e.id}).then(r,e=>i.error(e))}},n(`check`),b(`span`,{},f(`staff.signals.acknowledge`))),i.element)}var Rn=[{segment:`polls`,label:`staff.nav.polls`,icon:`vote`,capability:`MANAGE_POLLS`,page:pn},{segment:`moderation`,label:`staff.nav.moderation`,icon:`feedback`,capability:`MODERATE`,page:nn},{segment:`safeguarding`,label:`staff.nav.safeguarding`,icon:`alert`,capability:`HANDLE_SAFEGUARDING`,page:Mn},{segment:`reports`,label:`staff.nav.reports`,icon:`chart`,capability:`READ_REPORTS`,page:On},{segment:`announcements`,label:`staff.nav.announcements`,icon:`news`,capability:`PUBLISH_ANNOUNCEMENTS`,page:Ee},{segment:`signals`,label:`staff.nav.signals`,icon:`alert`,capability:`READ_SIGNALS`,page:In},{segment:`council`,label:`staff.nav.council`,icon:`council`,capability:`RUN_COUNCILS`,page:qt},{segment:`answers`,label:`staff.nav.threads`,icon:`board`,capability:`ANSWER_THREADS`,page:Me}],zn=`jeugdstem.staffLanguage`;function Bn(e=globalThis.navigator?.languages??[]){try{let e=globalThis.localStorage?.getItem(zn);if(l(e))return e}catch{}for(let t of e){let e=t.toLowerCase().split(`-`)[0],n=c.find(t=>t===e);if(n)return n}return`nl`}function Vn(e){try{globalThis.localStorage?.setItem(zn,e)}catch{}}var Hn={segment:`locations`,label:`staff.nav.locations`,icon:`home`,capability:`READ_COUNCILS`,page:(e,t)=>t[0]?_e(e,t[0]):ge(e)};function Un(e){return[Hn,...Rn].filter(t=>e.capabilities.includes(t.capability))}function Wn(e,t,n){let r=t.split(`/`).filter(Boolean).slice(1),a=Bn();if(a!==o()){let e=!1;return h(a,{remember:!1}).then(()=>{e||n.refresh()}),()=>{e=!0}}let s=C();if(s.kind!==`staff`||r[0]===`sign-in`){if(s.kind===`staff`){queueMicrotask(()=>n.navigate(`/staff`,{replace:!0}));return}return Gn(e,Se({async signedIn(){await i(),n.navigate(r[0]===`sign-in`||r.length===0?`/staff`:t,{replace:!0})}}),void 0,n)}let c={...n,viewer:s},l=Un(s),u=l[0];if(r.length===0&&u){queueMicrotask(()=>n.navigate(`/staff/${u.segment}`,{replace:!0}));return}let d=l.find(e=>e.segment===r[0]);return Gn(e,d?d.page(c,r.slice(1)):{title:f(`notFound.title`),render(e){e.append(b(`h1`,{tabindex:`-1`},f(`notFound.title`)))}},{sections:l,current:d,viewer:s},n)}function Gn(e,t,r,i){document.title=`${t.title} – ${f(`staff.title`)}`;let a=b(`select`,{class:`input staff-language`,id:`staff-language`,on:{change:e=>{let t=e.target.value;Vn(t),h(t,{remember:!1}).then(()=>i.refresh())}}},...c.map(e=>{let t=b(`option`,{value:e,lang:e},s(e).nativeName);return t.selected=e===o(),t})),l=b(`div`,{class:`staff-main`});return e.append(b(`div`,{class:`staff-console`},b(`header`,{class:`staff-header`},b(`p`,{class:`staff-brand`},b(`a`,{href:`/staff`,"data-link":!0},f(`staff.title`))),r&&b(`nav`,{class:`staff-nav`,"aria-label":f(`staff.nav.label`)},b(`ul`,{role:`list`},...r.sections.map(e=>b(`li`,{},b(`a`,{href:`/staff/${e.segment}`,"data-link":!0,"aria-current":e===r.current?`page`:void 0},n(e.icon),b(`span`,{},f(e.label))))))),b(`div`,{class:`staff-header-tools`},b(`label`,{for:`staff-language`,class:`visually-hidden`},f(`staff.language`)),a,r&&b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>void S().then(()=>{i.navigate(`/staff/sign-in`,{replace:!0})})}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.signOut`))))),l)),t.render(l)}export{Wn as renderStaff};
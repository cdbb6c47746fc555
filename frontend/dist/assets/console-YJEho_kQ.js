import{C as e,S as t,_ as n,a as r,b as i,c as a,d as o,f as s,g as c,h as l,i as u,l as d,m as f,n as p,o as m,p as h,r as g,s as _,t as v,u as y,v as b,w as x,x as S,y as C}from"./index-DHpXthyb.js";var w=t(`
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
`),O=t(`
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
`),k=t(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`),ee=t(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`),te=t(`
  mutation YouthMemberLeft($memberID: ID!) {
    youthMemberLeft(memberID: $memberID) {
      id
      status
    }
  }
`),ne=t(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
      createdAt
    }
  }
`),re=t(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`),ie=[`REGULAR`,`FAMILY`,`EMERGENCY`,`CRISIS_EMERGENCY`,`SMALL_SCALE`,`UNACCOMPANIED_MINORS`,`REGISTRATION`],ae=[`CHILDREN`,`TEENS`,`MIXED`],oe=[`AGE_6_8`,`AGE_9_11`,`AGE_12_14`,`AGE_15_17`];function se(e,t,r){let i=b(`div`,{class:`pin-card print-area`,role:`region`,"aria-label":f(`staff.pinCard.title`)},b(`div`,{class:`pin-card-head`},g(e.avatar,`avatar avatar-large`),b(`p`,{class:`pin-card-name`},b(`bdi`,{},e.pseudonym))),b(`p`,{class:`pin-card-hint`},f(`staff.pinCard.hint`)),b(`ol`,{class:`pin-card-pictures`,"data-pin":t.join(` `)},...t.map((e,t)=>b(`li`,{},b(`span`,{class:`pin-card-step`},String(t+1)),_(e,`pin-picture pin-card-picture`),b(`span`,{class:`pin-card-label`},f(`pin.pictures.${a[e]?.key??`sun`}`))))));return b(`div`,{class:`pin-card-panel`},b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.pinCard.once`))),i,b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.pinCard.print`))),b(`button`,{type:`button`,class:`button button-secondary`,on:{click:r}},n(`done`),b(`span`,{},f(`staff.pinCard.close`)))))}var ce=0;function A(e){return ce+=1,`${e}-${ce}`}function j(e,t,n){t.id||=A(`field`);let r=n?b(`p`,{class:`field-hint`,id:`${t.id}-hint`},n):void 0;return r&&t.setAttribute(`aria-describedby`,r.id),b(`div`,{class:`field`},b(`label`,{for:t.id},e),t,r)}function M(e){return b(`input`,{class:`input`,...e})}function N(e,t={}){return b(`select`,{class:`input`,...t},...e.map(([e,t])=>b(`option`,{value:e},t)))}function P(e,...t){return b(`section`,{class:`staff-section`},b(`h2`,{},e),...t)}function le(t){if(!(t instanceof e))return f(`staff.errors.INTERNAL`);let n={UNAUTHENTICATED:`staff.errors.UNAUTHENTICATED`,FORBIDDEN:`staff.errors.FORBIDDEN`,BAD_USER_INPUT:`staff.errors.BAD_USER_INPUT`,NOT_FOUND:`staff.errors.NOT_FOUND`,CONFLICT:`staff.errors.CONFLICT`,RATE_LIMITED:`staff.errors.RATE_LIMITED`,LIMIT_EXCEEDED:`staff.errors.LIMIT_EXCEEDED`,POLL_NOT_OPEN:`staff.errors.POLL_NOT_OPEN`,NETWORK:`staff.errors.NETWORK`,UNAVAILABLE:`staff.errors.UNAVAILABLE`}[t.code]??`staff.errors.INTERNAL`,r=t.errors[0];return t.code===`BAD_USER_INPUT`&&r?.field?`${f(n)} (${r.field}: ${r.message})`:t.code===`RATE_LIMITED`&&r?.retryAfter?f(`staff.errors.RATE_LIMITED_WAIT`,{minutes:String(Math.max(1,Math.ceil(r.retryAfter/60)))}):f(n)}function F(){let e=b(`div`,{class:`outcome`});return{element:e,error(t){e.className=`outcome is-error`,e.setAttribute(`role`,`alert`),e.replaceChildren(n(`alert`),b(`p`,{},le(t)))},success(t){e.className=`outcome is-success`,e.setAttribute(`role`,`status`),e.replaceChildren(n(`check`),b(`p`,{},t))},clear(){e.className=`outcome`,e.replaceChildren()}}}function I(e,t){e.addEventListener(`submit`,n=>{n.preventDefault();let r=[...e.querySelectorAll(`button[type=submit]`)];for(let e of r)e.disabled=!0;t().finally(()=>{for(let e of r)e.disabled=!1})})}function L(){return b(`p`,{class:`loading`,role:`status`},f(`common.loading`))}function R(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(document.documentElement.lang||void 0,{dateStyle:`medium`,timeStyle:`short`})}function z(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleDateString(document.documentElement.lang||void 0,{dateStyle:`medium`})}function ue(e){let t=M({name:`name`,required:!0,maxlength:`120`}),n=N(ie.map(e=>[e,f(`staff.locationKinds.${e}`)])),r=M({name:`municipality`}),i=M({type:`number`,min:`0`,name:`childrenHoused`,inputmode:`numeric`}),a=F(),o=b(`form`,{class:`staff-form`},j(f(`staff.locations.name`),t),j(f(`staff.locations.kind`),n),j(f(`staff.locations.municipality`),r),j(f(`staff.locations.childrenHoused`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.locations.create`))));return I(o,async()=>{try{await x(E,{input:{name:t.value.trim(),kind:n.value,municipality:r.value.trim()||null,childrenHoused:i.value?Number(i.value):null}}),o.reset(),a.success(f(`staff.saved`)),e()}catch(e){a.error(e)}}),P(f(`staff.locations.create`),o)}function de(e,t){let n=M({name:`councilName`,required:!0,maxlength:`120`}),r=N(ae.map(e=>[e,f(`staff.ageGroups.${e}`)])),i=F(),a=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.councils.create`)),j(f(`staff.councils.name`),n),j(f(`staff.councils.ageGroup`),r),i.element,b(`button`,{type:`submit`,class:`button button-secondary`},b(`span`,{},f(`staff.councils.create`))));return I(a,async()=>{try{await x(D,{input:{locationID:e,name:n.value.trim(),ageGroup:r.value}}),t()}catch(e){i.error(e)}}),a}function fe(e,t,n){let r=N(e.map(e=>[e.id,e.name]),{name:`council`}),i=M({name:`pseudonym`,required:!0,maxlength:`40`,autocomplete:`off`}),a=N(oe.map(e=>[e,f(`staff.ageBands.${e}`)]),{name:`ageBand`}),o=N(c.map(e=>[e,s(e).nativeName]),{name:`language`}),l=M({type:`checkbox`,name:`unaccompanied`,class:`checkbox`}),d=`avatar-${Math.random().toString(36).slice(2)}`,p=b(`fieldset`,{class:`avatar-picker`},b(`legend`,{},f(`staff.members.avatar`)),...u.map((e,t)=>{let n=M({type:`radio`,name:d,value:e,id:`${d}-${e}`,class:`avatar-radio`});return t===0&&(n.checked=!0),b(`label`,{class:`avatar-option`,for:n.id},n,g(e,`avatar`),b(`span`,{},f(`avatars.names.${e}`)))})),m=F(),h=b(`form`,{class:`staff-form register-form`},b(`h3`,{},f(`staff.members.register`)),b(`p`,{class:`field-hint`},f(`staff.members.privacy`)),j(f(`staff.members.council`),r),j(f(`staff.members.pseudonym`),i,f(`staff.members.pseudonymHint`)),p,j(f(`staff.members.ageBand`),a),j(f(`staff.members.language`),o),b(`div`,{class:`field field-check`},l,b(`label`,{for:l.id||=`unaccompanied-`+d},f(`staff.members.unaccompanied`))),m.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.members.register`))));return I(h,async()=>{m.clear();let e=h.querySelector(`input[name="${d}"]:checked`)?.value??`fox`;try{let{registerYouthMember:s}=await x(O,{input:{councilID:r.value,pseudonym:i.value.trim(),avatar:e,ageBand:a.value,language:o.value,unaccompanied:l.checked}});t.replaceChildren(se(s.member,s.pin,()=>{t.replaceChildren(),n()})),h.reset(),t.querySelector(`.pin-card`)?.scrollIntoView({block:`center`})}catch(e){m.error(e)}}),h}function pe(e,t,r,i){let a=M({name:`tabletName`,required:!0,maxlength:`80`,value:f(`staff.tablets.defaultName`)}),o=F(),s=b(`div`,{hidden:!0,class:`enrolled`}),c=b(`form`,{class:`staff-form inline-form`},b(`h3`,{},f(`staff.tablets.enroll`)),b(`p`,{class:`field-hint`},f(`staff.tablets.enrollHint`)),j(f(`staff.tablets.name`),a),o.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`tablet`),b(`span`,{},f(`staff.tablets.enroll`))),s);return I(c,async()=>{o.clear();try{let{enrollTablet:c}=await x(ne,{locationID:t,name:a.value.trim()});i(c),o.success(f(`staff.tablets.enrolledNow`,{location:r})),s.hidden=!1,s.replaceChildren(b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void S().then(()=>e.navigate(`/`,{replace:!0}))}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.tablets.signOutToTablet`))))}catch(e){o.error(e)}}),c}function B(e){let t=l(e)?s(e).nativeName:e,n;try{n=new Intl.DisplayNames([o()],{type:`language`,fallback:`none`}).of(e)}catch{n=void 0}return!n||n===t||e===o()?t:`${n} (${t})`}function V(e,t,n,r=!1){let i=new Map,a=b(`div`,{class:`translation-grid`},...t.map(e=>{let t=r?b(`textarea`,{class:`input`,rows:`2`,name:`${n}-${e}`,...v(e)}):M({name:`${n}-${e}`,...v(e)});return i.set(e,t),j(B(e),t)}));return{element:b(`fieldset`,{class:`translations`},b(`legend`,{},e),a),values:()=>[...i].flatMap(([e,t])=>t.value.trim()?[{lang:e,text:t.value.trim()}]:[]),set:e=>{for(let t of e){let e=i.get(t.lang);e&&(e.value=t.text)}},missing:e=>e.filter(e=>!i.get(e)?.value.trim()),onInput:e=>{for(let t of i.values())t.addEventListener(`input`,e)}}}function me(e){return{title:f(`staff.locations.title`),render(t){let n=b(`div`,{},L());t.append(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),n);let r=async()=>{try{let{locations:e}=await x(w),t=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];n.replaceChildren(t.length===0?b(`p`,{},f(`staff.locations.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>b(`li`,{class:`card`},b(`h2`,{},b(`a`,{href:`/staff/locations/${e.id}`,"data-link":!0},e.name)),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${e.kind}`),e.municipality,f(`staff.locations.counts`,{councils:String(e.councils?.length??0),members:String(e.members.totalCount),housed:String(e.childrenHoused)})].filter(Boolean).join(` · `))))))}catch(e){let t=F();t.error(e),n.replaceChildren(t.element)}};r(),e.viewer.capabilities.includes(`MANAGE_LOCATIONS`)&&t.append(ue(()=>void r()))}}}function he(e,t){return{title:f(`staff.locations.title`),render(n){let r=b(`div`,{},L());n.append(r);let i=async(n=!0)=>{try{let[{node:a},{locations:o}]=await Promise.all([x(T,{id:t}),x(w)]);if(!a||!(`councils`in a)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let s=(o.edges??[]).flatMap(e=>e?.node&&e.node.id!==t?(e.node.councils??[]).map(t=>({id:t.id,label:`${t.name} (${e.node?.name??``})`})):[]);ge(r,e,a,s,()=>void i(!1)),n&&r.querySelector(`h1`)?.focus()}catch(e){let t=F();t.error(e),r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.locations.title`)),t.element)}};i()}}}function ge(e,t,r,i,a){let o=r.councils??[],s=r.members.edges?.flatMap(e=>e?.node?[e.node]:[])??[],c=r.tablets??[],l=b(`div`,{class:`pin-slot`}),u=b(`div`,{class:`tablet-slot`},ve(c,a));e.replaceChildren(b(`p`,{},b(`a`,{href:`/staff/locations`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.locations.all`)))),b(`h1`,{tabindex:`-1`},r.name),b(`p`,{class:`card-meta`},[f(`staff.locationKinds.${r.kind}`),r.municipality].filter(Boolean).join(` · `)),P(f(`staff.councils.title`),o.length===0?b(`p`,{},f(`staff.councils.none`)):b(`ul`,{class:`plain-list`,role:`list`},...o.map(e=>b(`li`,{},`${e.name} · ${f(`staff.ageGroups.${e.ageGroup}`)}`))),de(r.id,a)),P(f(`staff.members.title`),_e(s,i,a),l,o.length>0?fe(o,l,a):b(`p`,{},f(`staff.members.needCouncil`))),P(f(`staff.tablets.title`),u,pe(t,r.id,r.name,e=>u.replaceChildren(ve([...c,e],a)))))}function _e(e,t,r){if(e.length===0)return b(`p`,{},f(`staff.members.none`));let i=e.map(e=>{let i=e.memberships?.find(e=>!e.leftAt)?.council.name??`–`,a=F(),o=b(`div`,{class:`row-actions`}),s=e.status===`LEFT`;if(e.lockedAt&&!s&&o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(k,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.unlock`)))),t.length>0&&!s){let n=N([[``,f(`staff.members.transferTo`)],...t.map(e=>[e.id,e.label])],{"aria-label":f(`staff.members.transferTo`)});o.append(n,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{n.value&&x(ee,{memberID:e.id,toCouncilID:n.value}).then(r,e=>a.error(e))}}},b(`span`,{},f(`staff.members.transfer`))))}if(!s){let t=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.members.leftConfirm`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(te,{memberID:e.id}).then(r,e=>a.error(e))}},b(`span`,{},f(`staff.members.leftYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!0}},b(`span`,{},f(`staff.cancel`))));o.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>t.hidden=!1}},b(`span`,{},f(`staff.members.leftAction`))),t)}return b(`tr`,{},b(`td`,{},b(`span`,{class:`member-cell`},g(e.avatar,`avatar avatar-small`),b(`bdi`,{},e.pseudonym))),b(`td`,{},f(`staff.ageBands.${e.ageBand}`)),b(`td`,{},B(e.language)),b(`td`,{},i),b(`td`,{},s?f(`staff.members.left`):e.lockedAt?b(`span`,{class:`badge badge-warning`},n(`lock`),f(`staff.members.locked`)):f(`staff.members.active`)),b(`td`,{},o,a.element))});return b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table`},b(`thead`,{},b(`tr`,{},...[`pseudonym`,`ageBand`,`language`,`council`,`status`,`actions`].map(e=>b(`th`,{scope:`col`},f(`staff.members.columns.${e}`))))),b(`tbody`,{},...i)))}function ve(e,t){return e.length===0?b(`p`,{},f(`staff.tablets.none`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>{let r=F(),i=b(`div`,{class:`row-actions`});if(!e.revokedAt){let n=b(`div`,{class:`row-actions`,hidden:!0},b(`span`,{},f(`staff.tablets.confirmRevoke`)),b(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void x(re,{id:e.id}).then(t,e=>r.error(e))}},b(`span`,{},f(`staff.tablets.revokeYes`))),b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!0}},b(`span`,{},f(`staff.cancel`))));i.append(b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>n.hidden=!1}},b(`span`,{},f(`staff.tablets.revoke`))),n)}return b(`li`,{class:`card`},b(`p`,{class:`card-title`},n(`tablet`),b(`span`,{},e.name)),b(`p`,{class:`card-meta`},e.revokedAt?f(`staff.tablets.revoked`,{date:R(e.revokedAt)}):f(`staff.tablets.enrolled`,{date:R(e.createdAt),seen:R(e.lastSeenAt)})),i,r.element)}))}var ye=t(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);function be(e){return{title:f(`staff.signIn.title`),render(t){let r=M({type:`email`,name:`email`,autocomplete:`username`,required:!0}),i=M({type:`password`,name:`password`,autocomplete:`current-password`,required:!0}),a=F(),o=b(`form`,{class:`staff-form sign-in-form`,novalidate:!0},j(f(`staff.signIn.email`),r),j(f(`staff.signIn.password`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`hello`),b(`span`,{},f(`staff.signIn.submit`))));I(o,async()=>{a.clear();try{await x(ye,{email:r.value.trim(),password:i.value}),await e.signedIn()}catch(e){a.error(e),i.value=``,i.focus()}}),t.append(b(`div`,{class:`sign-in-page`},b(`h1`,{tabindex:`-1`},f(`staff.signIn.title`)),b(`p`,{class:`screen-hint`},f(`staff.signIn.hint`)),o,b(`p`,{},b(`a`,{href:`/`,"data-link":!0},f(`staff.signIn.toTablet`))))),r.focus()}}}var xe=t(`
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
`),Se=t(`
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
`),Ce=t(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`);function we(e){return{title:f(`staff.announcements.title`),render(e){let t=b(`div`,{},L());e.append(b(`h1`,{tabindex:`-1`},f(`staff.announcements.title`)),t),x(xe).then(({locations:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(r.length===0){t.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let i=N(r.map(e=>[e.id,e.name]),{name:`location`}),a=b(`div`,{}),s=b(`div`,{}),c=()=>{let e=r.find(e=>e.id===i.value)??r[0];s.replaceChildren(Te(e,()=>void l(e))),l(e)},l=async e=>{a.replaceChildren(L());try{let{locationAnnouncements:t}=await x(Se,{locationID:e.id}),r=o();a.replaceChildren(t.length===0?b(`p`,{},f(`staff.announcements.none`)):b(`ul`,{class:`card-list`,role:`list`},...t.map(e=>{let t=p(e.title,r),i=p(e.body,r);return b(`li`,{class:`card`,"data-announcement":e.id},b(`p`,{class:`card-title`},n(`news`),t?b(`span`,v(t.lang),t.text):``),i&&b(`p`,v(i.lang),i.text),b(`p`,{class:`card-meta`},[e.publishAt?z(e.publishAt):``,e.expiresAt?`→ ${z(e.expiresAt)}`:``].filter(Boolean).join(` `)),e.missingLanguages.length>0&&b(`ul`,{class:`translation-warnings`},...e.missingLanguages.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:B(e)})))))})))}catch(e){let t=F();t.error(e),a.replaceChildren(t.element)}};i.addEventListener(`change`,c),t.replaceChildren(b(`div`,{class:`staff-form`},j(f(`staff.reports.location`),i)),P(f(`staff.announcements.published`),a),s),c()},e=>{let n=F();n.error(e),t.replaceChildren(n.element)})}}}function Te(e,t){let r=e.languages??[],i=[...new Set([...r,`nl`,`en`])],a=V(f(`staff.announcements.titleField`),i,`title`),o=V(f(`staff.announcements.body`),i,`body`,!0),s=M({type:`date`,name:`publishAt`}),c=M({type:`date`,name:`expiresAt`}),l=b(`ul`,{class:`translation-warnings`}),u=F(),d=()=>{let e=new Set([...a.missing(r),...o.missing(r)]);l.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:B(e)}))))};a.onInput(d),o.onInput(d),d();let p=b(`form`,{class:`staff-form poll-editor announcement-form`},a.element,o.element,b(`div`,{class:`report-dates`},j(f(`staff.announcements.publishAt`),s),j(f(`staff.announcements.expiresAt`),c)),b(`div`,{role:`status`},l),u.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`news`),b(`span`,{},f(`staff.announcements.publish`))));return I(p,async()=>{u.clear();try{await x(Ce,{input:{locationID:e.id,title:a.values(),body:o.values(),publishAt:s.value?new Date(`${s.value}T00:00:00`).toISOString():null,expiresAt:c.value?new Date(`${c.value}T23:59:59`).toISOString():null}}),p.reset(),d(),u.success(f(`staff.saved`)),t()}catch(e){u.error(e)}}),P(f(`staff.announcements.new`,{location:e.name}),p)}var Ee=[`IN_PROGRESS`,`DONE`,`NOT_POSSIBLE`];function De(e,t,r,i=``){let a=[...new Set([...e,`nl`,`en`])],o=N(Ee.map(e=>[e,f(`board.status.${e}`)]),{name:`status`}),s=M({type:`date`,name:`commitmentDate`}),c=j(f(`staff.answers.commitment`),s),l=V(f(`staff.answers.text`),a,`body`,!0),u=V(f(`staff.answers.reason`),a,`reason`,!0),d=b(`ul`,{class:`translation-warnings`}),p=F(),m=()=>{d.replaceChildren(...l.missing(e).map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:B(e)}))))},h=()=>{c.hidden=o.value!==`IN_PROGRESS`,u.element.hidden=o.value!==`NOT_POSSIBLE`};l.onInput(m),o.addEventListener(`change`,h),h(),m();let g=b(`form`,{class:`staff-form answer-form ${i}`.trim()},j(f(`staff.answers.status`),o),l.element,b(`div`,{role:`status`},d),c,u.element,p.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`board`),b(`span`,{},f(`staff.answers.send`))));return I(g,async()=>{p.clear();let e=o.value;try{await t({status:e,body:l.values(),commitmentDate:e===`IN_PROGRESS`&&s.value?new Date(`${s.value}T12:00:00Z`).toISOString():null,reason:e===`NOT_POSSIBLE`?u.values():null}),r()}catch(e){p.error(e)}}),g}var Oe=t(`
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
`),ke=t(`
  mutation RespondToThread($input: RespondToThreadInput!) {
    respondToThread(input: $input) {
      id
      status
    }
  }
`);function Ae(e){return{title:f(`staff.answers.title`),render(e){let t=b(`div`,{},L());e.append(b(`h1`,{tabindex:`-1`},f(`staff.answers.title`)),b(`p`,{class:`field-hint`},f(`staff.answers.hint`)),t);let n=()=>{x(Oe).then(({threadBoard:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.answers.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>je(e,n))))},e=>{let n=F();n.error(e),t.replaceChildren(n.element)})};n()}}}function je(e,t){let r=De(e.location.languages??[],t=>x(ke,{input:{threadID:e.id,...t}}),t);return r.hidden=!0,b(`li`,{class:`card answer-card`,"data-thread":e.id},b(`p`,{class:`card-title`},d(e.theme),b(`span`,{dir:`auto`},e.title),b(`span`,{class:`card-meta`},` · ${e.location.name} · ${f(`board.status.${e.status}`)} · ${f(`staff.answers.meToo`,{count:String(e.meTooCount)})}`)),b(`ul`,{class:`plain-list`},...e.conversation.map(e=>b(`li`,v(e.language),e.body))),e.latestResponse&&b(`p`,{class:`card-meta`},`${f(`staff.answers.latest`)}: `,b(`span`,v(e.latestResponse.language),e.latestResponse.text)),b(`button`,{type:`button`,class:`button button-secondary button-small open-answer`,on:{click:e=>{r.hidden=!1,e.currentTarget.hidden=!0,r.querySelector(`textarea`)?.focus()}}},n(`write`),b(`span`,{},f(`staff.answers.answer`))),r)}var Me=t(`
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
`),Ne=t(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      id
      moderationState
    }
  }
`),Pe=[`PERSONAL_INFO`,`HURTFUL`,`OFF_TOPIC`,`DUPLICATE`,`OTHER`];function Fe(e){return{title:f(`staff.moderation.title`),render(e){let t=b(`div`,{},L());e.append(b(`h1`,{tabindex:`-1`},f(`staff.moderation.title`)),b(`p`,{class:`field-hint`},f(`staff.moderation.hint`)),t),x(Me).then(({moderationQueue:e})=>{let r=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(r.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.empty`))):b(`ul`,{class:`card-list`,role:`list`},...r.map(e=>Ie(e))))},e=>{let n=F();n.error(e),t.replaceChildren(n.element)})}}}function Ie(e){let t=F(),r=b(`textarea`,{class:`input`,rows:`2`,maxlength:`1000`}),i=N(Pe.map(e=>[e,f(`staff.moderation.reasons.${e}`)]),{name:`reason`}),a=b(`div`,{class:`decision-details`,hidden:!0},b(`div`,{class:`reason-field`},j(f(`staff.moderation.reason`),i)),j(f(`staff.moderation.note`),r,f(`staff.moderation.noteHint`))),o,s=b(`button`,{type:`button`,class:`button button-primary button-small`,hidden:!0},b(`span`,{},f(`staff.moderation.confirm`))),c=async a=>{t.clear();for(let e of u.querySelectorAll(`button`))e.disabled=!0;try{await x(Ne,{input:{postID:e.id,decision:a,reasonCode:a===`REJECT`?i.value:null,note:r.value.trim()||null}}),u.replaceChildren(b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.moderation.done.${a}`))))}catch(e){t.error(e);for(let e of u.querySelectorAll(`button`))e.disabled=!1}},l=e=>{o=e,a.hidden=!1,a.querySelector(`.reason-field`).hidden=e!==`REJECT`,s.hidden=!1,s.querySelector(`span`).textContent=f(`staff.moderation.confirmAction.${e}`)};s.addEventListener(`click`,()=>{o&&c(o)});let u=b(`li`,{class:`card moderation-card`,"data-post":e.id},b(`p`,{class:`card-title`},d(e.thread.theme),b(`span`,{dir:`auto`},e.thread.title),b(`span`,{class:`card-meta`},` · ${e.thread.location.name} · ${R(e.createdAt)}`)),b(`blockquote`,{class:`moderation-body`,...v(e.language)},e.body),e.flags.length>0&&b(`ul`,{class:`flags`,role:`list`,"aria-label":f(`staff.moderation.flags`)},...e.flags.map(e=>b(`li`,{class:`flag flag-${e.toLowerCase()}`},n(`alert`),b(`span`,{},f(`staff.moderation.flagNames.${e}`))))),b(`div`,{class:`row-actions`},b(`button`,{type:`button`,class:`button button-primary button-small approve`,on:{click:()=>void c(`APPROVE`)}},n(`check`),b(`span`,{},f(`staff.moderation.approve`))),b(`button`,{type:`button`,class:`button button-secondary button-small reject`,on:{click:()=>l(`REJECT`)}},b(`span`,{},f(`staff.moderation.reject`))),b(`button`,{type:`button`,class:`button button-danger button-small escalate`,on:{click:()=>l(`ESCALATE`)}},n(`alert`),b(`span`,{},f(`staff.moderation.escalate`)))),a,s,t.element);return u}function Le(e){let t=A(`confirm-title`),r=A(`confirm-text`),i=b(`button`,{type:`button`,class:`button button-secondary confirm-no`},b(`span`,{},f(`staff.confirm.cancel`))),a=b(`button`,{type:`button`,class:`button button-primary confirm-yes`},n(`check`),b(`span`,{},e.confirm)),o=e.warnings??[],s=b(`dialog`,{class:`confirm-dialog`,"aria-labelledby":t,"aria-describedby":r},b(`h2`,{id:t},e.title),b(`p`,{id:r},e.text),o.length>0&&b(`ul`,{class:`confirm-warnings`,role:`list`},...o.map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),b(`span`,{},e)))),b(`div`,{class:`form-actions`},i,a));return document.body.append(s),new Promise(e=>{let t=!1;i.addEventListener(`click`,()=>s.close()),a.addEventListener(`click`,()=>{t=!0,s.close()}),s.addEventListener(`close`,()=>{s.remove(),e(t)}),s.showModal(),i.focus()})}var Re=t(`
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
`),ze=t(`
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
`),Be=t(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`),Ve=t(`
  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
    updatePoll(id: $id, input: $input) {
      id
    }
  }
`),He=t(`
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
`),Ue=t(`
  query PollMissingLanguages($id: ID!) {
    node(id: $id) {
      ... on Poll {
        id
        missingLanguages
      }
    }
  }
`),We=t(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
      status
    }
  }
`),Ge=t(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
      status
    }
  }
`),Ke=t(`
  mutation PublishPollResults($id: ID!) {
    publishPollResults(id: $id) {
      id
      status
    }
  }
`),qe=t(`
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
`),Je=t(`
  subscription PollTurnout($pollID: ID!) {
    pollTurnout(pollID: $pollID) {
      pollID
      turnout
      turnoutSuppressed
      minGroupSize
    }
  }
`),Ye=[`SINGLE_CHOICE`,`MULTIPLE_CHOICE`,`YES_NO`,`SMILEY_SCALE`,`RANKING`,`SLIDER`],H=new Set([`YES_NO`,`SMILEY_SCALE`,`SLIDER`]);function U(e,t){let r=f(t?`staff.polls.editTitle`:`staff.polls.new`);return{title:r,render(i){let a=b(`div`,{},L());i.append(b(`p`,{},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),b(`h1`,{tabindex:`-1`},r),a),Promise.all([x(ze),t?x(He,{id:t}):void 0]).then(([{locations:n},r])=>{let i=n.edges?.flatMap(e=>e?.node?[e.node]:[])??[],o=r?.node&&`status`in r.node?r.node:void 0;t&&o?.status!==`DRAFT`?a.replaceChildren(b(`p`,{class:`outcome is-error`,role:`alert`},f(o?`staff.polls.notDraft`:`staff.errors.NOT_FOUND`))):a.replaceChildren(Ze(e,i,o))},e=>{let t=F();t.error(e),a.replaceChildren(t.element)})}}}function Xe(){let e=m.map(e=>[e,f(`pictograms.${e}`)]);return[[``,f(`staff.polls.noPictogram`)],...e]}function Ze(e,t,i){let a=N(t.flatMap(e=>[[`location:${e.id}`,f(`staff.polls.everyoneAt`,{location:e.name})],...(e.councils??[]).map(t=>[`council:${t.id}`,`${t.name} (${e.name})`])]),{name:`target`}),o=N(Ye.map(e=>[e,f(`staff.polls.kinds.${e}`)]),{name:`kind`}),s=N([[``,f(`staff.polls.chooseTheme`)],...y.map(e=>[e,f(`themes.${e}`)])],{name:`theme`,required:!0}),c=M({type:`number`,min:`1`,name:`maxChoices`,value:`2`,inputmode:`numeric`}),l=j(f(`staff.polls.maxChoices`),c),u=b(`form`,{class:`staff-form poll-editor`}),d=F(),p=b(`ul`,{class:`translation-warnings`}),m=b(`div`,{}),h=b(`div`,{}),g,_=[],v=[],S=[];i&&(a.value=i.council?`council:${i.council.id}`:`location:${i.location?.id??``}`,a.disabled=!0,o.value=i.kind,s.value=i.theme,i.maxChoices&&(c.value=String(i.maxChoices)));let C=e=>{let[n,r]=e.split(`:`);return n===`location`?t.find(e=>e.id===r):t.find(e=>e.councils?.some(e=>e.id===r))},w=()=>{let e=new Set;for(let t of g.missing(S))e.add(t);for(let t of _)for(let n of t.label.missing(S))e.add(n);p.replaceChildren(...[...e].map(e=>b(`li`,{class:`badge badge-warning`},n(`alert`),f(`staff.answers.missing`,{language:B(e)}))))},T=e=>{let t=N(Xe(),{name:`pictogram`});e?.pictogram&&(t.value=e.pictogram);let n=b(`span`,{class:`pictogram-preview`}),i=()=>n.replaceChildren(r(t.value||null,s.value));t.addEventListener(`change`,i),s.addEventListener(`change`,i),i();let a=V(f(`staff.polls.optionLabel`,{n:String(_.length+1)}),v,`option${_.length+1}`);e&&a.set(e.label),a.onInput(w);let o=b(`div`,{class:`poll-option-row`},b(`div`,{class:`pictogram-field`},n,j(f(`staff.polls.pictogram`),t)),a.element,b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{_=_.filter(e=>e.row!==o),o.remove(),w()}}},b(`span`,{},f(`staff.polls.removeOption`))));_.push({pictogram:t,label:a,row:o}),E.append(o),w()},E=b(`div`,{class:`poll-options`}),D=e=>{S=C(a.value)?.languages??[];let t=e?[...e.question,...e.options.flatMap(e=>e.label)].map(e=>e.lang):[];v=[...new Set([...S,`nl`,`en`,...t])],g=V(f(`staff.polls.question`),v,`question`,!0),e&&g.set(e.question),g.onInput(w),m.replaceChildren(g.element),_=[],E.replaceChildren();let n=H.has(o.value);if(l.hidden=o.value!==`MULTIPLE_CHOICE`,h.replaceChildren(n?b(`p`,{class:`field-hint`},f(`staff.polls.standardOptions`)):b(`div`,{},b(`h2`,{},f(`staff.polls.options`)),E,b(`button`,{type:`button`,class:`button button-secondary add-option`,on:{click:()=>T()}},b(`span`,{},f(`staff.polls.addOption`))))),!n){let t=e?[...e.options].sort((e,t)=>e.position-t.position):[];if(t.length>0)for(let e of t)T(e);else T(),T()}w()};return a.addEventListener(`change`,()=>D()),o.addEventListener(`change`,()=>D()),u.append(j(f(`staff.polls.target`),a),j(f(`staff.polls.kind`),o),j(f(`staff.polls.theme`),s),l,m,h,b(`div`,{role:`status`},p),d.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`check`),b(`span`,{},f(`staff.polls.save`)))),D(i),I(u,async()=>{d.clear();let[t,n]=a.value.split(`:`),r=H.has(o.value),l={kind:o.value,theme:s.value,question:g.values(),options:r?null:_.map(e=>({label:e.label.values(),pictogram:e.pictogram.value||null})),maxChoices:o.value===`MULTIPLE_CHOICE`?Number(c.value):null};try{let r=i&&{description:i.description??null,audienceAgeBands:i.audienceAgeBands??null,opensAt:i.opensAt??null,closesAt:i.closesAt??null,minGroupSize:i.minGroupSize};i?await x(Ve,{id:i.id,input:{...l,...r}}):await x(Be,{input:{councilID:t===`council`?n??null:null,locationID:t===`location`?n??null:null,...l}}),e.navigate(`/staff/polls`)}catch(e){d.error(e)}}),u}var Qe=`http://www.w3.org/2000/svg`,$e=0;function W(e,t){let n=document.createElementNS(Qe,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}function G(e){$e+=1;let t=`chart-${$e}`,n=Math.max(1,...e.bars.map(e=>e.value??0)),r=W(`svg`,{viewBox:`0 0 600 ${e.bars.length*66+8}`,class:`bar-chart`,role:`img`,"aria-labelledby":`${t}-title`}),i=W(`title`,{id:`${t}-title`});i.textContent=e.title,r.append(i);let a=W(`defs`,{}),o=W(`pattern`,{id:`${t}-hatch`,width:8,height:8,patternUnits:`userSpaceOnUse`,patternTransform:`rotate(45)`});return o.append(W(`rect`,{width:8,height:8,class:`bar-suppressed-bg`}),W(`line`,{x1:0,y1:0,x2:0,y2:8,class:`bar-hatch`})),a.append(o),r.append(a),e.bars.forEach((i,a)=>{let o=a*66+4,s=W(`text`,{x:0,y:o+16,class:`bar-label`});s.textContent=i.label,i.lang&&s.setAttribute(`lang`,i.lang);let c=o+22,l=W(`text`,{y:c+22+6,class:`bar-value`});if(i.value===null)r.append(s,W(`rect`,{x:0,y:c,width:60,height:28,fill:`url(#${t}-hatch)`,class:`bar-suppressed`})),l.setAttribute(`x`,`70`),l.textContent=e.suppressedText;else{let e=Math.max(2,480*i.value/n);r.append(s,W(`rect`,{x:0,y:c,width:e,height:28,rx:4,class:`bar`})),l.setAttribute(`x`,String(0+e+10)),l.textContent=String(i.value)}r.append(l)}),b(`figure`,{class:`chart`},r,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.bars.map(t=>b(`tr`,{},b(`td`,t.lang?{lang:t.lang,dir:`auto`}:{},t.label),b(`td`,{},t.value===null?e.suppressedText:String(t.value)))))))}function K(e){return e===null?`null`:Array.isArray(e)?`array`:typeof e}function q(e){return K(e)===`object`}function et(e){return Array.isArray(e)&&e.length>0&&e.every(e=>`message`in e)}function tt(e,t){return e.length<124?e:t}var J=(e=>(e[e.InternalServerError=4500]=`InternalServerError`,e[e.InternalClientError=4005]=`InternalClientError`,e[e.BadRequest=4400]=`BadRequest`,e[e.BadResponse=4004]=`BadResponse`,e[e.Unauthorized=4401]=`Unauthorized`,e[e.Forbidden=4403]=`Forbidden`,e[e.SubprotocolNotAcceptable=4406]=`SubprotocolNotAcceptable`,e[e.ConnectionInitialisationTimeout=4408]=`ConnectionInitialisationTimeout`,e[e.ConnectionAcknowledgementTimeout=4504]=`ConnectionAcknowledgementTimeout`,e[e.SubscriberAlreadyExists=4409]=`SubscriberAlreadyExists`,e[e.TooManyInitialisationRequests=4429]=`TooManyInitialisationRequests`,e))(J||{}),Y=(e=>(e.ConnectionInit=`connection_init`,e.ConnectionAck=`connection_ack`,e.Ping=`ping`,e.Pong=`pong`,e.Subscribe=`subscribe`,e.Next=`next`,e.Error=`error`,e.Complete=`complete`,e))(Y||{});function nt(e){if(!q(e))throw Error(`Message is expected to be an object, but got ${K(e)}`);if(!e.type)throw Error(`Message is missing the 'type' property`);if(typeof e.type!=`string`)throw Error(`Message is expects the 'type' property to be a string, but got ${K(e.type)}`);switch(e.type){case`connection_init`:case`connection_ack`:case`ping`:case`pong`:if(e.payload!=null&&!q(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break;case`subscribe`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!q(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);if(typeof e.payload.query!=`string`)throw Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${K(e.payload.query)}`);if(e.payload.variables!=null&&!q(e.payload.variables))throw Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${K(e.payload.variables)}`);if(e.payload.operationName!=null&&K(e.payload.operationName)!==`string`)throw Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${K(e.payload.operationName)}`);if(e.payload.extensions!=null&&!q(e.payload.extensions))throw Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${K(e.payload.extensions)}`);break;case`next`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!q(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${K(e.payload)}`);break;case`error`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);if(!et(e.payload))throw Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break;case`complete`:if(typeof e.id!=`string`)throw Error(`"${e.type}" message expects the 'id' property to be a string, but got ${K(e.id)}`);if(!e.id)throw Error(`"${e.type}" message requires a non-empty 'id' property`);break;default:throw Error(`Invalid message 'type' property "${e.type}"`)}return e}function rt(e,t){return nt(typeof e==`string`?JSON.parse(e,t):e)}function X(e,t){return nt(e),JSON.stringify(e,t)}function it(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:a=0,keepAlive:o=0,disablePong:s,connectionAckWaitTimeout:c=0,retryAttempts:l=5,retryWait:u=async function(e){let t=2**e;await new Promise(e=>setTimeout(e,t*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:d=Z,on:f,webSocketImpl:p,generateID:m=function(){return`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`.replace(/[xy]/g,e=>{let t=Math.random()*16|0;return(e==`x`?t:t&3|8).toString(16)})},jsonMessageReplacer:h,jsonMessageReviver:g}=e,_;if(p){if(!st(p))throw Error(`Invalid WebSocket implementation provided`);_=p}else typeof WebSocket<`u`?_=WebSocket:typeof global<`u`?_=global.WebSocket||global.MozWebSocket:typeof window<`u`&&(_=window.WebSocket||window.MozWebSocket);if(!_)throw Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let v=_,y=(()=>{let e=(()=>{let e={};return{on(t,n){return e[t]=n,()=>{delete e[t]}},emit(t){`id`in t&&e[t.id]?.(t)}}})(),t={connecting:f?.connecting?[f.connecting]:[],opened:f?.opened?[f.opened]:[],connected:f?.connected?[f.connected]:[],ping:f?.ping?[f.ping]:[],pong:f?.pong?[f.pong]:[],message:f?.message?[e.emit,f.message]:[e.emit],closed:f?.closed?[f.closed]:[],error:f?.error?[f.error]:[]};return{onMessage:e.on,on(e,n){let r=t[e];return r.push(n),()=>{let e=r.indexOf(n);e>-1&&r.splice(e,1)}},emit(e,...n){for(let r of[...t[e]])r(...n)}}})();function b(e){let t=[y.on(`error`,n=>{t.forEach(e=>e()),e(n)}),y.on(`closed`,n=>{t.forEach(e=>e()),e(n)})];return()=>t.forEach(e=>e())}let x,S=0,C,w=!1,T=0,E=!1;async function D(){clearTimeout(C);let[e,r]=await(x??=new Promise((e,r)=>(async()=>{if(w){if(await u(T),!S)return x=void 0,r({code:1e3,reason:`All Subscriptions Gone`});T++}y.emit(`connecting`,w);let i=new v(typeof t==`function`?await t():t,`graphql-transport-ws`),a,l;function d(){isFinite(o)&&o>0&&(clearTimeout(l),l=setTimeout(()=>{i.readyState===v.OPEN&&(i.send(X({type:Y.Ping})),y.emit(`ping`,!1,void 0))},o))}b(e=>{x=void 0,clearTimeout(a),clearTimeout(l),r(e),e instanceof at&&(i.close(4499,`Terminated`),i.onerror=null,i.onclose=null)}),i.onerror=e=>y.emit(`error`,e),i.onclose=e=>y.emit(`closed`,e),i.onopen=async()=>{try{y.emit(`opened`,i);let e=typeof n==`function`?await n():n;if(i.readyState!==v.OPEN)return;i.send(X(e?{type:Y.ConnectionInit,payload:e}:{type:Y.ConnectionInit},h)),isFinite(c)&&c>0&&(a=setTimeout(()=>{i.close(J.ConnectionAcknowledgementTimeout,`Connection acknowledgement timeout`)},c)),d()}catch(e){y.emit(`error`,e),i.close(J.InternalClientError,tt(e instanceof Error?e.message:String(e),`Internal client error`))}};let f=!1;i.onmessage=({data:t})=>{try{let n=rt(t,g);if(y.emit(`message`,n),n.type===`ping`||n.type===`pong`){y.emit(n.type,!0,n.payload),n.type===`pong`?d():s||(i.send(X(n.payload?{type:Y.Pong,payload:n.payload}:{type:Y.Pong},h)),y.emit(`pong`,!1,n.payload));return}if(f)return;if(n.type!==Y.ConnectionAck)throw Error(`First message cannot be of type ${n.type}`);clearTimeout(a),f=!0,y.emit(`connected`,i,n.payload,w),w=!1,T=0;let r=new Promise((e,t)=>b(t));r.catch(()=>{}),e([i,r])}catch(e){i.onmessage=null,y.emit(`error`,e),i.close(J.BadResponse,tt(e instanceof Error?e.message:String(e),`Bad response`))}}})()));e.readyState===v.CLOSING&&await r;let i=()=>{},l=new Promise(e=>i=e);return[e,i,new Promise((t,n)=>{let i=b(n);e.readyState!==v.OPEN&&r.catch(n),l.then(()=>{if(i(),!S){let t=()=>e.close(1e3,`Normal Closure`);isFinite(a)&&a>0?(clearTimeout(C),C=setTimeout(()=>{!S&&e.readyState===v.OPEN&&t()},a)):t()}t()})})]}function O(e){if(Z(e)&&(ot(e.code)||[J.InternalServerError,J.InternalClientError,J.BadRequest,J.BadResponse,J.Unauthorized,J.SubprotocolNotAcceptable,J.SubscriberAlreadyExists,J.TooManyInitialisationRequests].includes(e.code)))throw e;if(E)return!1;if(Z(e)&&e.code===1e3)return S>0;if(!l||T>=l||!d(e))throw e;return w=!0}r||(async()=>{for(S++;;)try{let[,,e]=await D();await e}catch(e){try{if(!O(e))return}catch(e){return i?.(e)}}})();function k(e,t){let n=m(e),r=!1,i=!1,a=()=>{S--,r=!0};return(async()=>{for(S++;;)try{let[o,s,c]=await D();if(r)return c.catch(()=>{}),s();let l=y.onMessage(n,e=>{switch(e.type){case Y.Next:t.next(e.payload);return;case Y.Error:i=!0,r=!0,t.error(e.payload),a();return;case Y.Complete:r=!0,a();return}});o.send(X({id:n,type:Y.Subscribe,payload:e},h)),a=()=>{!r&&o.readyState===v.OPEN&&o.send(X({id:n,type:Y.Complete},h)),S--,r=!0,s()},await c.finally(l);return}catch(e){if(!O(e))return}})().then(()=>{i||t.complete()}).catch(e=>{t.error(e)}),()=>{r||a()}}return{on:y.on,subscribe:k,iterate(e){let t=[],n={done:!1,error:null,resolve:()=>{}},r=k(e,{next(e){t.push(e),n.resolve()},error(e){n.done=!0,n.error=e,n.resolve()},complete(){n.done=!0,n.resolve()}}),i=async function*(){for(;;){for(t.length||await new Promise(e=>n.resolve=e);t.length;)yield t.shift();if(n.error)throw n.error;if(n.done)return}}();return i.throw=async e=>(n.done||(n.done=!0,n.error=e,n.resolve()),{done:!0,value:void 0}),i.return=async()=>(r(),{done:!0,value:void 0}),i},async dispose(){if(E=!0,x){let[e]=await x;e.close(1e3,`Normal Closure`)}},terminate(){x&&y.emit(`closed`,new at)}}}var at=class extends Error{name=`TerminatedCloseEvent`;message=`4499: Terminated`;code=4499;reason=`Terminated`;wasClean=!1};function Z(e){return q(e)&&`code`in e&&`reason`in e}function ot(e){return![1e3,1001,1006,1005,1012,1013,1014].includes(e)&&e>=1e3&&e<=1999}function st(e){return typeof e==`function`&&`constructor`in e&&`CLOSED`in e&&`CLOSING`in e&&`CONNECTING`in e&&`OPEN`in e}var ct=new Set([`UNAUTHENTICATED`,`FORBIDDEN`,`NOT_FOUND`,`BAD_USER_INPUT`]);function lt(e,t,n){let r=n.WebSocket??globalThis.WebSocket,i=n.retryMs??1e3,a=n.maxRetryMs??3e4,o=i,s,c,l=!1,u,d=()=>{let e=s;s=void 0,c=void 0,e?.dispose()},f=()=>{if(l||u!==void 0)return;d();let e=o;o=Math.min(o*2,a),u=setTimeout(()=>{u=void 0,l||m()},e)},p=e=>{let t=e?.[0],r=t?.extensions?.code??`INTERNAL`,i=!ct.has(r);n.onError?.(t?.message??`error`,r,i),i?f():(l=!0,d())},m=()=>{let a=new URL(`/graphql`,location.href);a.protocol=a.protocol===`https:`?`wss:`:`ws:`;let u=it({url:a.href,webSocketImpl:r,retryAttempts:0});s=u;let d=()=>u===s&&!l,m;c=u.subscribe({query:e.toString(),variables:t},{next(e){d()&&(e.data?(o=i,m=void 0,n.onData(e.data)):m=e.errors)},error(e){d()&&(Array.isArray(e)?p(e):(n.onError?.(`connection closed`,`NETWORK`,!0),f()))},complete(){d()&&(m?p(m):(n.onError?.(`the live figure ended`,`INTERNAL`,!0),f()))}})};return m(),{stop(){l=!0,clearTimeout(u),u=void 0,c?.(),d()}}}function ut(e){return e.turnoutSuppressed||e.turnout===null||e.turnout===void 0?f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}):String(e.turnout)}function dt(t,n=``){let r=b(`p`,{class:`live-turnout ${n}`.trim(),"data-poll":t,role:`status`},f(`common.loading`)),i=lt(Je,{pollID:t},{onData:({pollTurnout:e})=>{r.textContent=f(`staff.polls.liveTurnout`,{turnout:ut(e)}),r.dataset.turnout=e.turnout===null||e.turnoutSuppressed?`<${e.minGroupSize}`:String(e.turnout),delete r.dataset.paused},onError:(t,n,i)=>{r.dataset.paused=`true`,r.textContent=i?f(`staff.polls.liveTurnoutPaused`,{turnout:r.dataset.turnout??`…`}):le(new e([{code:n,message:t}]))}});return{element:r,stop:()=>i.stop()}}var ft=t(`
  mutation RespondToPoll($input: RespondToPollInput!) {
    respondToPoll(input: $input) {
      id
    }
  }
`);function pt(e,t){let n=e.whatWeDid;return b(`div`,{class:`no-print poll-we-did`},P(f(`staff.polls.whatWeDid`),b(`p`,{class:`field-hint`},f(`staff.polls.whatWeDidHint`)),n&&b(`p`,{class:`card-meta poll-response-current`,"data-status":n.status},`${f(`staff.answers.latest`)} (${f(`board.status.${n.status}`)}): `,b(`span`,v(n.language),n.text)),De(e.location?.languages??[],t=>x(ft,{input:{pollID:e.id,...t}}),t,`poll-response-form`)))}function mt(e,t){return{title:f(`staff.polls.results`),render(e){let r=b(`div`,{},L()),i,a=!1;e.append(b(`p`,{class:`no-print`},b(`a`,{href:`/staff/polls`,"data-link":!0},n(`back`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.polls.title`)))),r);let s=()=>void x(qe,{id:t}).then(({node:e,pollResults:t})=>{if(!e||!(`options`in e)){r.replaceChildren(b(`h1`,{tabindex:`-1`},f(`staff.errors.NOT_FOUND`)));return}let c=o(),l=p(e.question,c),u=f(`staff.polls.fewerThan`,{k:String(t.minGroupSize)}),d=new Map(t.options.map(e=>[e.optionID,e])),m=[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,c),n=d.get(e.id);return{label:t?.text??e.pictogram??``,value:n&&!n.suppressed?n.count??null:null,lang:t?.lang??c}}),h=ut(t);t.status===`OPEN`&&!a&&(i=dt(e.id,`report-figure`)),r.replaceChildren(b(`article`,{class:`report print-area`},b(`h1`,{tabindex:`-1`,...l?v(l.lang):{}},l?.text??f(`staff.polls.results`)),b(`p`,{class:`card-meta`},[e.council?.name??e.location?.name??f(`staff.polls.national`),f(`staff.polls.status.${t.status}`),e.closedAt?f(`staff.polls.closedOn`,{date:R(e.closedAt)}):``].filter(Boolean).join(` · `)),i?.element??b(`p`,{class:`report-figure`},f(`staff.polls.turnout`,{turnout:h})),t.countsVisible?P(f(`staff.polls.chartTitle`),G({title:l?.text??f(`staff.polls.results`),bars:m,suppressedText:u,labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}),t.median!==null&&t.median!==void 0&&b(`p`,{},f(`staff.polls.median`,{median:t.median.toLocaleString(c)}))):b(`p`,{class:`outcome is-success`,role:`status`},n(`lock`),b(`span`,{},f(`staff.polls.hiddenWhileOpen`))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(t.minGroupSize)}))),b(`p`,{class:`no-print`},b(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))),...t.status===`PUBLISHED`?[pt({id:e.id,location:e.location,whatWeDid:e.whatWeDid},s)]:[])},e=>{let t=F();t.error(e),r.replaceChildren(t.element)});return s(),()=>{a=!0,i?.stop()}}}}function ht(e,t){return t[0]===`new`?U(e):t[0]&&t[1]===`edit`?U(e,t[0]):t[0]?mt(e,t[0]):gt()}function gt(){return{title:f(`staff.polls.title`),render(e){let t=b(`div`,{},L());e.append(b(`h1`,{tabindex:`-1`},f(`staff.polls.title`)),b(`p`,{},b(`a`,{class:`button button-primary`,href:`/staff/polls/new`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.polls.new`)))),t);let r=[],i=()=>{for(let e of r)e.stop();r=[]},a=()=>{x(Re).then(({polls:e})=>{i();let n=e.edges?.flatMap(e=>e?.node?[e.node]:[])??[];t.replaceChildren(n.length===0?b(`p`,{},f(`staff.polls.none`)):b(`ul`,{class:`card-list`,role:`list`},...n.map(e=>{let t=e.status===`OPEN`?dt(e.id):void 0;return t&&r.push(t),vt(e,t?.element,a)})))},e=>{let n=F();n.error(e),t.replaceChildren(n.element)})};return a(),i}}}async function _t(e,t){let n=p(e.question,o())?.text??``,r={title:f(`staff.polls.confirm.${t}Title`),text:f(`staff.polls.confirm.${t}`),confirm:f(`staff.polls.${t}`)};if(t===`open`){let{node:t}=await x(Ue,{id:e.id}),n=t&&`missingLanguages`in t?t.missingLanguages:[];n.length>0&&(r.warnings=[f(`staff.polls.confirm.missingLanguages`,{languages:n.map(B).join(`, `)})],r.confirm=f(`staff.polls.confirm.openAnyway`))}return Le({...r,title:`${r.title}${n?` – ${n}`:``}`})}function vt(e,t,r){let i=p(e.question,o()),a=F(),s=(t,n)=>b(`button`,{type:`button`,class:`button button-secondary button-small poll-${t}`,on:{click:()=>void _t(e,t).then(e=>e?n().then(r):void 0).catch(e=>a.error(e))}},b(`span`,{},f(`staff.polls.${t}`))),c=b(`div`,{class:`row-actions`});return e.status===`DRAFT`&&c.append(b(`a`,{class:`button button-secondary button-small poll-edit`,href:`/staff/polls/${e.id}/edit`,"data-link":!0},n(`write`),b(`span`,{},f(`staff.polls.edit`))),s(`open`,()=>x(We,{id:e.id}))),e.status!==`DRAFT`&&c.append(b(`a`,{class:`button button-secondary button-small poll-results`,href:`/staff/polls/${e.id}`,"data-link":!0},n(`chart`),b(`span`,{},f(`staff.polls.results`)))),e.status===`OPEN`&&c.append(s(`close`,()=>x(Ge,{id:e.id}))),e.status===`CLOSED`&&c.append(s(`publish`,()=>x(Ke,{id:e.id}))),b(`li`,{class:`card`,"data-poll":e.id,"data-status":e.status},b(`p`,{class:`card-title`},d(e.theme),i?b(`span`,v(i.lang),i.text):``),b(`p`,{class:`card-meta`},[f(`staff.polls.status.${e.status}`),f(`staff.polls.kinds.${e.kind}`),e.council?.name??e.location?.name??f(`staff.polls.national`)].join(` · `)),t,c,a.element)}var yt=t(`
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
`),bt=t(`
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
`),xt=t(`
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
`),St=`http://www.w3.org/2000/svg`;function Q(e,t){let n=document.createElementNS(St,e);for(let[e,r]of Object.entries(t))n.setAttribute(e,String(r));return n}var Ct=0;function wt(e){Ct+=1;let t=`line-${Ct}`,n=e.format??(e=>e.toFixed(1)),r={left:40,right:16,top:16,bottom:40},i=600-r.left-r.right,a=240-r.top-r.bottom,o=t=>r.left+(e.points.length<=1?i/2:i*t/(e.points.length-1)),s=t=>r.top+a-(t-e.min)/(e.max-e.min||1)*a,c=Q(`svg`,{viewBox:`0 0 600 240`,class:`line-chart`,role:`img`,"aria-labelledby":`${t}-title`}),l=Q(`title`,{id:`${t}-title`});l.textContent=e.title,c.append(l);for(let t=e.min;t<=e.max;t+=1){c.append(Q(`line`,{x1:r.left,x2:600-r.right,y1:s(t),y2:s(t),class:`grid-line`}));let e=Q(`text`,{x:r.left-8,y:s(t)+5,class:`axis-label`,"text-anchor":`end`});e.textContent=String(t),c.append(e)}if(e.points.length>0){let t=e.points.map((e,t)=>`${t===0?`M`:`L`}${o(t).toFixed(1)} ${s(e.value).toFixed(1)}`).join(` `);c.append(Q(`path`,{d:t,class:`line`})),e.points.forEach((e,t)=>{c.append(Q(`circle`,{cx:o(t),cy:s(e.value),r:5,class:`line-point`}));let n=Q(`text`,{x:o(t),y:228,class:`axis-label`,"text-anchor":`middle`});n.textContent=e.label,c.append(n)})}return b(`figure`,{class:`chart`},c,b(`table`,{class:`staff-table chart-table`},b(`caption`,{},e.title),b(`thead`,{},b(`tr`,{},b(`th`,{scope:`col`},e.labelHeading),b(`th`,{scope:`col`},e.valueHeading))),b(`tbody`,{},...e.points.map(e=>b(`tr`,{},b(`td`,{},e.label),b(`td`,{},n(e.value)))))))}function Tt(e,t,n){let r=new URLSearchParams;n.from&&r.set(`from`,n.from),n.to&&r.set(`to`,n.to);let i=r.toString();return`/export/location/${encodeURIComponent(e.locationID)}.${t}${i?`?${i}`:``}`}function $(e,t,...n){return b(`details`,{class:`staff-section report-fold`,open:t},b(`summary`,{},b(`h2`,{},e)),...n)}function Et(e,t){let r=o(),i=String(e.minGroupSize),a=f(`staff.polls.fewerThan`,{k:i}),s=(e,t=0)=>e==null?a:e.toLocaleString(r,{maximumFractionDigits:t}),c=e=>e==null?f(`staff.reports.notEnough`):f(`staff.reports.hours`,{hours:e.toLocaleString(r,{maximumFractionDigits:1})}),l=e.participation,u=[[f(`staff.reports.activeMembers`),s(l.activeMembers)],[f(`staff.reports.voters`),s(l.voters)],[f(`staff.reports.turnout`),l.turnoutPercent===null||l.turnoutPercent===void 0?a:`${s(l.turnoutPercent,0)} %`],[f(`staff.reports.posts`),s(l.posts)],[f(`staff.reports.safetyScore`),e.safetyScore===null||e.safetyScore===void 0?f(`staff.reports.notEnough`):`${s(e.safetyScore,1)} / 5`],[f(`staff.reports.overdue`),s(e.overdueResponses)],[f(`staff.reports.safeguarding`),s(e.openSafeguardingCases)],[f(`staff.reports.moderationTime`),c(e.feedback.medianModerationHours)],[f(`staff.reports.responseTime`),c(e.feedback.medianResponseHours)]],d=e.themes.filter(e=>e.theme),m=e=>e?f(`themes.${e}`):``,h=new Map;for(let t of e.smileyTrend)h.set(t.theme,[...h.get(t.theme)??[],t]);return b(`article`,{class:`report print-area`,"data-location":e.locationID},b(`h2`,{class:`report-title`},e.locationName),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:z(e.period.from),to:z(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`))),b(`a`,{class:`button button-secondary report-csv`,href:Tt(e,`csv`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.csv`))),b(`a`,{class:`button button-secondary report-xlsx`,href:Tt(e,`xlsx`,t),download:!0},n(`download`),b(`span`,{},f(`staff.reports.xlsx`)))),P(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...u.map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),d.length>0&&$(f(`staff.reports.themes`),!1,G({title:f(`staff.reports.threadsPerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.threads??null})),suppressedText:a,labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.threads`)}),G({title:f(`staff.reports.responseTimePerTheme`),bars:d.map(e=>({label:m(e.theme),value:e.medianResponseHours===null||e.medianResponseHours===void 0?null:Math.round(e.medianResponseHours)})),suppressedText:f(`staff.reports.notEnough`),labelHeading:f(`staff.polls.theme`),valueHeading:f(`staff.reports.hoursHeading`)})),h.size>0&&$(f(`staff.reports.trend`),!1,...[...h].map(([e,t])=>wt({title:f(`staff.reports.trendOf`,{theme:m(e)}),points:t.map(e=>({label:new Date(e.start).toLocaleDateString(r,{day:`numeric`,month:`short`}),value:e.score})),min:1,max:5,labelHeading:f(`staff.reports.week`),valueHeading:f(`staff.reports.score`)}))),$(f(`staff.reports.polls`),!1,e.polls.length===0?b(`p`,{},f(`staff.reports.noPolls`)):b(`div`,{class:`report-polls`},...e.polls.map(e=>{let t=p(e.question,r);return b(`div`,{class:`report-poll`},b(`h3`,t?v(t.lang):{},t?.text??``),b(`p`,{class:`card-meta`},f(`staff.polls.turnout`,{turnout:e.turnoutSuppressed?a:s(e.turnout)})),e.median!==null&&e.median!==void 0&&b(`p`,{class:`report-median`},f(`staff.polls.median`,{median:s(e.median,1)})),G({title:t?.text??``,bars:[...e.options].sort((e,t)=>e.position-t.position).map(e=>{let t=p(e.label,r);return{label:t?.text??String(e.position+1),value:e.suppressed?null:e.count??null,lang:t?.lang??r}}),suppressedText:f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),labelHeading:f(`staff.polls.answer`),valueHeading:f(`staff.polls.children`)}))}))),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:i})))}function Dt(e){let t=o(),r=f(`staff.polls.fewerThan`,{k:String(e.minGroupSize)}),i=(e,n=0)=>e==null?r:e.toLocaleString(t,{maximumFractionDigits:n}),a=e=>e==null?f(`staff.reports.notEnough`):`${i(e,1)} / 5`,s=[`location`,`kind`,`housed`,`voters`,`turnout`,`posts`,`overdue`,`safety`,`concerns`];return b(`article`,{class:`report print-area`,"data-location":`national`},b(`h2`,{class:`report-title`},f(`staff.reports.national`)),b(`p`,{class:`card-meta`},f(`staff.reports.period`,{from:z(e.period.from),to:z(new Date(new Date(e.period.to).getTime()-1).toISOString()),weeks:String(e.period.weeks)})),b(`div`,{class:`form-actions no-print`},b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>window.print()}},n(`print`),b(`span`,{},f(`staff.polls.print`)))),P(f(`staff.reports.participation`),b(`dl`,{class:`figures`},...[[f(`staff.reports.locationsCount`),String(e.total.locations)],[f(`staff.locations.childrenHoused`),i(e.total.childrenHoused)],[f(`staff.reports.voters`),i(e.total.participation.voters)],[f(`staff.reports.posts`),i(e.total.participation.posts)],[f(`staff.reports.overdue`),i(e.total.overdueResponses)],[f(`staff.reports.safeguarding`),i(e.total.openSafeguardingCases)],[f(`staff.reports.safetyScore`),a(e.total.safetyScore)]].map(([e,t])=>b(`div`,{class:`figure`},b(`dt`,{},e),b(`dd`,{},t))))),P(f(`staff.reports.byLocation`),b(`div`,{class:`table-wrap`},b(`table`,{class:`staff-table national-table`},b(`thead`,{},b(`tr`,{},...s.map(e=>b(`th`,{scope:`col`},f(`staff.reports.columns.${e}`))))),b(`tbody`,{},...e.locations.map(e=>b(`tr`,{class:e.concerns.length>0?`has-concern`:``},b(`th`,{scope:`row`},e.locationName??``),b(`td`,{},e.kind?f(`staff.locationKinds.${e.kind}`):``),b(`td`,{},i(e.childrenHoused)),b(`td`,{},i(e.participation.voters)),b(`td`,{},e.participation.turnoutPercent===null||e.participation.turnoutPercent===void 0?r:`${i(e.participation.turnoutPercent)} %`),b(`td`,{},i(e.participation.posts)),b(`td`,{},i(e.overdueResponses)),b(`td`,{},a(e.safetyScore)),b(`td`,{},...e.concerns.map(e=>b(`span`,{class:`badge badge-warning`},n(`alert`),f(`staff.reports.concerns.${e}`)))))))))),P(f(`staff.reports.byKind`),G({title:f(`staff.reports.votersPerKind`),bars:e.kinds.map(e=>({label:e.kind?f(`staff.locationKinds.${e.kind}`):``,value:e.participation.voters??null})),suppressedText:r,labelHeading:f(`staff.locations.kind`),valueHeading:f(`staff.reports.voters`)})),b(`p`,{class:`field-hint`},f(`staff.polls.protection`,{k:String(e.minGroupSize)})))}function Ot(e){let t=new Date(e),n=e=>String(e).padStart(2,`0`);return`${t.getFullYear()}-${n(t.getMonth()+1)}-${n(t.getDate())}`}function kt(e){return{title:f(`staff.reports.title`),render(t){let r=b(`div`,{},L());t.append(b(`h1`,{class:`no-print`,tabindex:`-1`},f(`staff.reports.title`)),r),x(yt).then(({locations:t})=>{let i=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];if(i.length===0){r.replaceChildren(b(`p`,{},f(`staff.locations.none`)));return}let a=N([...e.viewer.capabilities.includes(`READ_NATIONAL_REPORT`)?[[`national`,f(`staff.reports.national`)]]:[],...i.map(e=>[e.id,e.name])],{name:`location`}),o=M({type:`date`,name:`from`}),s=M({type:`date`,name:`to`}),c=N([[`WEEK`,f(`staff.reports.weeks`)],[`MONTH`,f(`staff.reports.months`)]],{name:`trend`}),l=F(),u=b(`div`,{class:`report-slot`}),d=b(`form`,{class:`staff-form report-form no-print`},j(f(`staff.reports.location`),a),b(`div`,{class:`report-dates`},j(f(`staff.reports.from`),o),j(f(`staff.reports.to`),s),j(f(`staff.reports.trendPer`),c)),l.element,b(`button`,{type:`submit`,class:`button button-primary`},n(`chart`),b(`span`,{},f(`staff.reports.show`)))),p=e=>{o.value||=Ot(e.from),s.value||=Ot(new Date(new Date(e.to).getTime()-1).toISOString())},m=async()=>{l.clear(),u.replaceChildren(L());let e={from:o.value?new Date(`${o.value}T00:00:00`).toISOString():null,to:s.value?new Date(`${s.value}T23:59:59`).toISOString():null,trend:c.value};try{if(a.value===`national`){let{nationalReport:t}=await x(xt,e);p(t.period),u.replaceChildren(Dt(t));return}let{locationReport:t}=await x(bt,{locationID:a.value,...e});p(t.period),u.replaceChildren(Et(t,{from:o.value,to:s.value}))}catch(e){u.replaceChildren(),l.error(e)}};I(d,m),r.replaceChildren(d,u),m()},e=>{let t=F();t.error(e),r.replaceChildren(t.element)})}}}var At=t(`
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
`),jt=t(`
  mutation UpdateSafeguardingCase($input: UpdateSafeguardingCaseInput!) {
    updateSafeguardingCase(input: $input) {
      id
      status
    }
  }
`),Mt=[`OPEN`,`IN_PROGRESS`,`CLOSED`];function Nt(e){return{title:f(`staff.safeguarding.title`),render(e){let t=b(`div`,{},L());e.append(b(`h1`,{tabindex:`-1`},f(`staff.safeguarding.title`)),b(`p`,{class:`field-hint`},f(`staff.safeguarding.hint`)),t);let n=()=>{x(At).then(({safeguardingCases:e})=>{t.replaceChildren(e.length===0?b(`p`,{},f(`staff.safeguarding.empty`)):b(`ul`,{class:`card-list`,role:`list`},...e.map(e=>Pt(e,n))))},e=>{let n=F();n.error(e),t.replaceChildren(n.element)})};n()}}}function Pt(e,t){let r=N(Mt.map(e=>[e,f(`staff.safeguarding.status.${e}`)]));r.value=e.status;let i=b(`textarea`,{class:`input`,rows:`3`,maxlength:`4000`}),a=F(),o=b(`form`,{class:`staff-form inline-form`},j(f(`staff.safeguarding.statusLabel`),r),j(f(`staff.safeguarding.note`),i),a.element,b(`button`,{type:`submit`,class:`button button-primary`},b(`span`,{},f(`staff.safeguarding.save`))));return I(o,async()=>{try{await x(jt,{input:{caseID:e.id,status:r.value,note:i.value.trim()||null}}),t()}catch(e){a.error(e)}}),b(`li`,{class:`card`,"data-case":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${e.location.name} · ${f(`staff.safeguarding.status.${e.status}`)}`)),b(`p`,{class:`card-meta`},f(`staff.safeguarding.opened`,{date:R(e.openedAt),by:e.openedByName})),b(`blockquote`,{class:`moderation-body`,...v(e.postLanguage)},e.postBody),e.notes.length>0&&b(`ol`,{class:`plain-list`},...e.notes.map(e=>b(`li`,{},b(`span`,{class:`card-meta`},`${R(e.at)}: `),e.text))),o)}var Ft=t(`
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
`),It=t(`
  mutation AcknowledgeSignal($id: ID!) {
    acknowledgeSignal(id: $id) {
      id
      acknowledgedAt
    }
  }
`);function Lt(e){return{title:f(`staff.signals.title`),render(t){let r=b(`div`,{},L());t.append(b(`h1`,{tabindex:`-1`},f(`staff.signals.title`)),b(`p`,{class:`field-hint`},f(`staff.signals.hint`)),r);let i=()=>{x(Ft).then(({signals:t})=>{let a=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];r.replaceChildren(a.length===0?b(`p`,{class:`outcome is-success`,role:`status`},n(`check`),b(`span`,{},f(`staff.signals.none`))):b(`ul`,{class:`card-list`,role:`list`},...a.map(t=>Rt(t,e.viewer.capabilities.includes(`ACKNOWLEDGE_SIGNALS`),i))))},e=>{let t=F();t.error(e),r.replaceChildren(t.element)})};i()}}}function Rt(e,t,r){let i=F();return b(`li`,{class:e.acknowledgedAt?`card`:`card signal-new`,"data-signal":e.id},b(`p`,{class:`card-title`},n(`alert`),b(`span`,{},`${f(`staff.signals.kinds.${e.kind}`)} · ${e.location.name}`)),b(`p`,{dir:`auto`},e.detail),b(`p`,{class:`card-meta`},e.acknowledgedAt?f(`staff.signals.acknowledged`,{date:R(e.acknowledgedAt)}):f(`staff.signals.raised`,{date:R(e.createdAt)})),!e.acknowledgedAt&&t&&b(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void x(It,{id:e.id}).then(r,e=>i.error(e))}},n(`check`),b(`span`,{},f(`staff.signals.acknowledge`))),i.element)}var zt=[{segment:`polls`,label:`staff.nav.polls`,icon:`vote`,capability:`MANAGE_POLLS`,page:ht},{segment:`moderation`,label:`staff.nav.moderation`,icon:`feedback`,capability:`MODERATE`,page:Fe},{segment:`safeguarding`,label:`staff.nav.safeguarding`,icon:`alert`,capability:`HANDLE_SAFEGUARDING`,page:Nt},{segment:`reports`,label:`staff.nav.reports`,icon:`chart`,capability:`READ_REPORTS`,page:kt},{segment:`announcements`,label:`staff.nav.announcements`,icon:`news`,capability:`PUBLISH_ANNOUNCEMENTS`,page:we},{segment:`signals`,label:`staff.nav.signals`,icon:`alert`,capability:`READ_SIGNALS`,page:Lt},{segment:`answers`,label:`staff.nav.threads`,icon:`board`,capability:`ANSWER_THREADS`,page:Ae}],Bt=`jeugdstem.staffLanguage`;function Vt(e=globalThis.navigator?.languages??[]){try{let e=globalThis.localStorage?.getItem(Bt);if(l(e))return e}catch{}for(let t of e){let e=t.toLowerCase().split(`-`)[0],n=c.find(t=>t===e);if(n)return n}return`nl`}function Ht(e){try{globalThis.localStorage?.setItem(Bt,e)}catch{}}var Ut={segment:`locations`,label:`staff.nav.locations`,icon:`home`,capability:`READ_COUNCILS`,page:(e,t)=>t[0]?he(e,t[0]):me(e)};function Wt(e){return[Ut,...zt].filter(t=>e.capabilities.includes(t.capability))}function Gt(e,t,n){let r=t.split(`/`).filter(Boolean).slice(1),a=Vt();if(a!==o()){let e=!1;return h(a,{remember:!1}).then(()=>{e||n.refresh()}),()=>{e=!0}}let s=C();if(s.kind!==`staff`||r[0]===`sign-in`){if(s.kind===`staff`){queueMicrotask(()=>n.navigate(`/staff`,{replace:!0}));return}return Kt(e,be({async signedIn(){await i(),n.navigate(r[0]===`sign-in`||r.length===0?`/staff`:t,{replace:!0})}}),void 0,n)}let c={...n,viewer:s},l=Wt(s),u=l[0];if(r.length===0&&u){queueMicrotask(()=>n.navigate(`/staff/${u.segment}`,{replace:!0}));return}let d=l.find(e=>e.segment===r[0]);return Kt(e,d?d.page(c,r.slice(1)):{title:f(`notFound.title`),render(e){e.append(b(`h1`,{tabindex:`-1`},f(`notFound.title`)))}},{sections:l,current:d,viewer:s},n)}function Kt(e,t,r,i){document.title=`${t.title} – ${f(`staff.title`)}`;let a=b(`select`,{class:`input staff-language`,id:`staff-language`,on:{change:e=>{let t=e.target.value;Ht(t),h(t,{remember:!1}).then(()=>i.refresh())}}},...c.map(e=>{let t=b(`option`,{value:e,lang:e},s(e).nativeName);return t.selected=e===o(),t})),l=b(`div`,{class:`staff-main`});return e.append(b(`div`,{class:`staff-console`},b(`header`,{class:`staff-header`},b(`p`,{class:`staff-brand`},b(`a`,{href:`/staff`,"data-link":!0},f(`staff.title`))),r&&b(`nav`,{class:`staff-nav`,"aria-label":f(`staff.nav.label`)},b(`ul`,{role:`list`},...r.sections.map(e=>b(`li`,{},b(`a`,{href:`/staff/${e.segment}`,"data-link":!0,"aria-current":e===r.current?`page`:void 0},n(e.icon),b(`span`,{},f(e.label))))))),b(`div`,{class:`staff-header-tools`},b(`label`,{for:`staff-language`,class:`visually-hidden`},f(`staff.language`)),a,r&&b(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>void S().then(()=>{i.navigate(`/staff/sign-in`,{replace:!0})})}},n(`signOut`,{mirrorInRtl:!0}),b(`span`,{},f(`staff.signOut`))))),l)),t.render(l)}export{Gt as renderStaff};
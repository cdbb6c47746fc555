import{_ as e,a as t,c as n,d as r,f as i,g as a,h as o,i as s,l as c,m as l,n as u,o as d,p as f,r as p,s as m,t as h,u as g}from"./index-Ba3n5qbx.js";function ee(e,t,i){let a=r(`div`,{class:`pin-card print-area`,role:`region`,"aria-label":n(`staff.pinCard.title`)},r(`div`,{class:`pin-card-head`},h(e.avatar,`avatar avatar-large`),r(`p`,{class:`pin-card-name`},r(`bdi`,{},e.pseudonym))),r(`p`,{class:`pin-card-hint`},n(`staff.pinCard.hint`)),r(`ol`,{class:`pin-card-pictures`,"data-pin":t.join(` `)},...t.map((e,t)=>r(`li`,{},r(`span`,{class:`pin-card-step`},String(t+1)),p(e,`pin-picture pin-card-picture`),r(`span`,{class:`pin-card-label`},n(`pin.pictures.${s[e]?.key??`sun`}`))))));return r(`div`,{class:`pin-card-panel`},r(`p`,{class:`outcome is-success`,role:`status`},g(`check`),r(`span`,{},n(`staff.pinCard.once`))),a,r(`div`,{class:`form-actions no-print`},r(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>window.print()}},g(`print`),r(`span`,{},n(`staff.pinCard.print`))),r(`button`,{type:`button`,class:`button button-secondary`,on:{click:i}},g(`done`),r(`span`,{},n(`staff.pinCard.close`)))))}var _=0;function v(e){return _+=1,`${e}-${_}`}function y(e,t,n){t.id||=v(`field`);let i=n?r(`p`,{class:`field-hint`,id:`${t.id}-hint`},n):void 0;return i&&t.setAttribute(`aria-describedby`,i.id),r(`div`,{class:`field`},r(`label`,{for:t.id},e),t,i)}function b(e){return r(`input`,{class:`input`,...e})}function x(e,t={}){return r(`select`,{class:`input`,...t},...e.map(([e,t])=>r(`option`,{value:e},t)))}function S(e,...t){return r(`section`,{class:`staff-section`},r(`h2`,{},e),...t)}function C(e){if(!(e instanceof a))return n(`staff.errors.INTERNAL`);let t={UNAUTHENTICATED:`staff.errors.UNAUTHENTICATED`,FORBIDDEN:`staff.errors.FORBIDDEN`,BAD_USER_INPUT:`staff.errors.BAD_USER_INPUT`,NOT_FOUND:`staff.errors.NOT_FOUND`,CONFLICT:`staff.errors.CONFLICT`,RATE_LIMITED:`staff.errors.RATE_LIMITED`,LIMIT_EXCEEDED:`staff.errors.LIMIT_EXCEEDED`,POLL_NOT_OPEN:`staff.errors.POLL_NOT_OPEN`,NETWORK:`staff.errors.NETWORK`}[e.code]??`staff.errors.INTERNAL`,r=e.errors[0];return e.code===`BAD_USER_INPUT`&&r?.field?`${n(t)} (${r.field}: ${r.message})`:n(t)}function w(){let e=r(`div`,{class:`outcome`});return{element:e,error(t){e.className=`outcome is-error`,e.setAttribute(`role`,`alert`),e.replaceChildren(g(`alert`),r(`p`,{},C(t)))},success(t){e.className=`outcome is-success`,e.setAttribute(`role`,`status`),e.replaceChildren(g(`check`),r(`p`,{},t))},clear(){e.className=`outcome`,e.replaceChildren()}}}function T(e,t){e.addEventListener(`submit`,n=>{n.preventDefault();let r=[...e.querySelectorAll(`button[type=submit]`)];for(let e of r)e.disabled=!0;t().finally(()=>{for(let e of r)e.disabled=!1})})}function E(){return r(`p`,{class:`loading`,role:`status`},n(`common.loading`))}function D(e){if(!e)return`–`;let t=new Date(e);return Number.isNaN(t.getTime())?e:t.toLocaleString(document.documentElement.lang||void 0,{dateStyle:`medium`,timeStyle:`short`})}var O=o(`
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
`),k=o(`
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
`),A=o(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
    }
  }
`),j=o(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
    }
  }
`),M=o(`
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
`),N=o(`
  mutation UnlockYouthMember($memberID: ID!) {
    unlockYouthMember(memberID: $memberID) {
      id
      lockedAt
    }
  }
`),P=o(`
  mutation TransferYouthMember($memberID: ID!, $toCouncilID: ID!) {
    transferYouthMember(memberID: $memberID, toCouncilID: $toCouncilID) {
      id
      locationID
    }
  }
`),F=o(`
  mutation EnrollTablet($locationID: ID!, $name: String!) {
    enrollTablet(locationID: $locationID, name: $name) {
      id
      name
    }
  }
`),I=o(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
      revokedAt
    }
  }
`),L=[`REGULAR`,`EMERGENCY`,`CRISIS_EMERGENCY`,`SMALL_SCALE`,`UNACCOMPANIED_MINORS`,`REGISTRATION`],R=[`CHILDREN`,`TEENS`,`MIXED`],z=[`AGE_6_8`,`AGE_9_11`,`AGE_12_14`,`AGE_15_17`];function B(t){return{title:n(`staff.locations.title`),render(i){let a=r(`div`,{},E());i.append(r(`h1`,{tabindex:`-1`},n(`staff.locations.title`)),a);let o=async()=>{try{let{locations:t}=await e(O),i=t.edges?.flatMap(e=>e?.node?[e.node]:[])??[];a.replaceChildren(i.length===0?r(`p`,{},n(`staff.locations.none`)):r(`ul`,{class:`card-list`,role:`list`},...i.map(e=>r(`li`,{class:`card`},r(`h2`,{},r(`a`,{href:`/staff/locations/${e.id}`,"data-link":!0},e.name)),r(`p`,{class:`card-meta`},[n(`staff.locationKinds.${e.kind}`),e.municipality,n(`staff.locations.counts`,{councils:String(e.councils?.length??0),members:String(e.members.totalCount),housed:String(e.childrenHoused)})].filter(Boolean).join(` · `))))))}catch(e){let t=w();t.error(e),a.replaceChildren(t.element)}};o(),t.viewer.role===`NATIONAL_ADMIN`&&i.append(V(()=>void o()))}}}function V(t){let i=b({name:`name`,required:!0,maxlength:`120`}),a=x(L.map(e=>[e,n(`staff.locationKinds.${e}`)])),o=b({name:`municipality`}),s=b({type:`number`,min:`0`,name:`childrenHoused`,inputmode:`numeric`}),c=w(),l=r(`form`,{class:`staff-form`},y(n(`staff.locations.name`),i),y(n(`staff.locations.kind`),a),y(n(`staff.locations.municipality`),o),y(n(`staff.locations.childrenHoused`),s),c.element,r(`button`,{type:`submit`,class:`button button-primary`},r(`span`,{},n(`staff.locations.create`))));return T(l,async()=>{try{await e(A,{input:{name:i.value.trim(),kind:a.value,municipality:o.value.trim()||null,childrenHoused:s.value?Number(s.value):null}}),l.reset(),c.success(n(`staff.saved`)),t()}catch(e){c.error(e)}}),S(n(`staff.locations.create`),l)}function H(t,i){return{title:n(`staff.locations.title`),render(a){let o=r(`div`,{},E());a.append(o);let s=async(a=!0)=>{try{let[{node:c},{locations:l}]=await Promise.all([e(k,{id:i}),e(O)]);if(!c||!(`councils`in c)){o.replaceChildren(r(`h1`,{tabindex:`-1`},n(`staff.errors.NOT_FOUND`)));return}let u=(l.edges??[]).flatMap(e=>e?.node&&e.node.id!==i?(e.node.councils??[]).map(t=>({id:t.id,label:`${t.name} (${e.node?.name??``})`})):[]);U(o,t,c,u,()=>void s(!1)),a&&o.querySelector(`h1`)?.focus()}catch(e){let t=w();t.error(e),o.replaceChildren(r(`h1`,{tabindex:`-1`},n(`staff.locations.title`)),t.element)}};s()}}}function U(e,t,i,a,o){let s=i.councils??[],c=i.members.edges?.flatMap(e=>e?.node?[e.node]:[])??[],l=i.tablets??[],u=r(`div`,{class:`pin-slot`});e.replaceChildren(r(`p`,{},r(`a`,{href:`/staff/locations`,"data-link":!0},g(`back`,{mirrorInRtl:!0}),r(`span`,{},n(`staff.locations.all`)))),r(`h1`,{tabindex:`-1`},i.name),r(`p`,{class:`card-meta`},[n(`staff.locationKinds.${i.kind}`),i.municipality].filter(Boolean).join(` · `)),S(n(`staff.councils.title`),s.length===0?r(`p`,{},n(`staff.councils.none`)):r(`ul`,{class:`plain-list`,role:`list`},...s.map(e=>r(`li`,{},`${e.name} · ${n(`staff.ageGroups.${e.ageGroup}`)}`))),W(i.id,o)),S(n(`staff.members.title`),G(c,a,o),u,s.length>0?q(s,u,o):r(`p`,{},n(`staff.members.needCouncil`))),S(n(`staff.tablets.title`),J(l,o),Y(t,i.id,i.name)))}function W(t,i){let a=b({name:`councilName`,required:!0,maxlength:`120`}),o=x(R.map(e=>[e,n(`staff.ageGroups.${e}`)])),s=w(),c=r(`form`,{class:`staff-form inline-form`},r(`h3`,{},n(`staff.councils.create`)),y(n(`staff.councils.name`),a),y(n(`staff.councils.ageGroup`),o),s.element,r(`button`,{type:`submit`,class:`button button-secondary`},r(`span`,{},n(`staff.councils.create`))));return T(c,async()=>{try{await e(j,{input:{locationID:t,name:a.value.trim(),ageGroup:o.value}}),i()}catch(e){s.error(e)}}),c}function G(t,i,a){if(t.length===0)return r(`p`,{},n(`staff.members.none`));let o=t.map(t=>{let o=t.memberships?.find(e=>!e.leftAt)?.council.name??`–`,s=w(),c=r(`div`,{class:`row-actions`});if(t.lockedAt&&c.append(r(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>void e(N,{memberID:t.id}).then(a,e=>s.error(e))}},r(`span`,{},n(`staff.members.unlock`)))),i.length>0){let o=x([[``,n(`staff.members.transferTo`)],...i.map(e=>[e.id,e.label])],{"aria-label":n(`staff.members.transferTo`)});c.append(o,r(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>{o.value&&e(P,{memberID:t.id,toCouncilID:o.value}).then(a,e=>s.error(e))}}},r(`span`,{},n(`staff.members.transfer`))))}return r(`tr`,{},r(`td`,{},r(`span`,{class:`member-cell`},h(t.avatar,`avatar avatar-small`),r(`bdi`,{},t.pseudonym))),r(`td`,{},n(`staff.ageBands.${t.ageBand}`)),r(`td`,{},K(t.language)),r(`td`,{},o),r(`td`,{},t.lockedAt?r(`span`,{class:`badge badge-warning`},g(`lock`),n(`staff.members.locked`)):n(`staff.members.active`)),r(`td`,{},c,s.element))});return r(`div`,{class:`table-wrap`},r(`table`,{class:`staff-table`},r(`thead`,{},r(`tr`,{},...[`pseudonym`,`ageBand`,`language`,`council`,`status`,`actions`].map(e=>r(`th`,{scope:`col`},n(`staff.members.columns.${e}`))))),r(`tbody`,{},...o)))}function K(e){return c.includes(e)?d(e).nativeName:e}function q(t,i,a){let o=x(t.map(e=>[e.id,e.name]),{name:`council`}),s=b({name:`pseudonym`,required:!0,maxlength:`40`,autocomplete:`off`}),l=x(z.map(e=>[e,n(`staff.ageBands.${e}`)]),{name:`ageBand`}),f=x(c.map(e=>[e,d(e).nativeName]),{name:`language`}),p=b({type:`checkbox`,name:`unaccompanied`,class:`checkbox`}),m=`avatar-${Math.random().toString(36).slice(2)}`,g=r(`fieldset`,{class:`avatar-picker`},r(`legend`,{},n(`staff.members.avatar`)),...u.map((e,t)=>{let i=b({type:`radio`,name:m,value:e,id:`${m}-${e}`,class:`avatar-radio`});return t===0&&(i.checked=!0),r(`label`,{class:`avatar-option`,for:i.id},i,h(e,`avatar`),r(`span`,{},n(`avatars.names.${e}`)))})),_=w(),v=r(`form`,{class:`staff-form register-form`},r(`h3`,{},n(`staff.members.register`)),r(`p`,{class:`field-hint`},n(`staff.members.privacy`)),y(n(`staff.members.council`),o),y(n(`staff.members.pseudonym`),s,n(`staff.members.pseudonymHint`)),g,y(n(`staff.members.ageBand`),l),y(n(`staff.members.language`),f),r(`div`,{class:`field field-check`},p,r(`label`,{for:p.id||=`unaccompanied-`+m},n(`staff.members.unaccompanied`))),_.element,r(`button`,{type:`submit`,class:`button button-primary`},r(`span`,{},n(`staff.members.register`))));return T(v,async()=>{_.clear();let t=v.querySelector(`input[name="${m}"]:checked`)?.value??`fox`;try{let{registerYouthMember:n}=await e(M,{input:{councilID:o.value,pseudonym:s.value.trim(),avatar:t,ageBand:l.value,language:f.value,unaccompanied:p.checked}});i.replaceChildren(ee(n.member,n.pin,()=>{i.replaceChildren(),a()})),v.reset(),i.querySelector(`.pin-card`)?.scrollIntoView({block:`center`})}catch(e){_.error(e)}}),v}function J(t,i){return t.length===0?r(`p`,{},n(`staff.tablets.none`)):r(`ul`,{class:`card-list`,role:`list`},...t.map(t=>{let a=w(),o=r(`div`,{class:`row-actions`});if(!t.revokedAt){let s=r(`div`,{class:`row-actions`,hidden:!0},r(`span`,{},n(`staff.tablets.confirmRevoke`)),r(`button`,{type:`button`,class:`button button-danger button-small`,on:{click:()=>void e(I,{id:t.id}).then(i,e=>a.error(e))}},r(`span`,{},n(`staff.tablets.revokeYes`))),r(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>s.hidden=!0}},r(`span`,{},n(`staff.cancel`))));o.append(r(`button`,{type:`button`,class:`button button-secondary button-small`,on:{click:()=>s.hidden=!1}},r(`span`,{},n(`staff.tablets.revoke`))),s)}return r(`li`,{class:`card`},r(`p`,{class:`card-title`},g(`tablet`),r(`span`,{},t.name)),r(`p`,{class:`card-meta`},t.revokedAt?n(`staff.tablets.revoked`,{date:D(t.revokedAt)}):n(`staff.tablets.enrolled`,{date:D(t.createdAt),seen:D(t.lastSeenAt)})),o,a.element)}))}function Y(t,i,a){let o=b({name:`tabletName`,required:!0,maxlength:`80`,value:n(`staff.tablets.defaultName`)}),s=w(),c=r(`div`,{hidden:!0,class:`enrolled`}),u=r(`form`,{class:`staff-form inline-form`},r(`h3`,{},n(`staff.tablets.enroll`)),r(`p`,{class:`field-hint`},n(`staff.tablets.enrollHint`)),y(n(`staff.tablets.name`),o),s.element,r(`button`,{type:`submit`,class:`button button-primary`},g(`tablet`),r(`span`,{},n(`staff.tablets.enroll`))),c);return T(u,async()=>{s.clear();try{await e(F,{locationID:i,name:o.value.trim()}),s.success(n(`staff.tablets.enrolledNow`,{location:a})),c.hidden=!1,c.replaceChildren(r(`button`,{type:`button`,class:`button button-primary`,on:{click:()=>void l().then(()=>t.navigate(`/`,{replace:!0}))}},g(`signOut`,{mirrorInRtl:!0}),r(`span`,{},n(`staff.tablets.signOutToTablet`))))}catch(e){s.error(e)}}),u}var X=o(`
  mutation StaffLogin($email: String!, $password: String!) {
    staffLogin(email: $email, password: $password) {
      id
      role
    }
  }
`);function Z(t){return{title:n(`staff.signIn.title`),render(i){let a=b({type:`email`,name:`email`,autocomplete:`username`,required:!0}),o=b({type:`password`,name:`password`,autocomplete:`current-password`,required:!0}),s=w(),c=r(`form`,{class:`staff-form sign-in-form`,novalidate:!0},y(n(`staff.signIn.email`),a),y(n(`staff.signIn.password`),o),s.element,r(`button`,{type:`submit`,class:`button button-primary`},g(`hello`),r(`span`,{},n(`staff.signIn.submit`))));T(c,async()=>{s.clear();try{await e(X,{email:a.value.trim(),password:o.value}),await t.signedIn()}catch(e){s.error(e),o.value=``,o.focus()}}),i.append(r(`div`,{class:`sign-in-page`},r(`h1`,{tabindex:`-1`},n(`staff.signIn.title`)),r(`p`,{class:`screen-hint`},n(`staff.signIn.hint`)),c,r(`p`,{},r(`a`,{href:`/`,"data-link":!0},n(`staff.signIn.toTablet`))))),a.focus()}}}var Q=[],te=[`FACILITATOR`,`MODERATOR`,`SAFEGUARDING_OFFICER`,`LOCATION_MANAGER`,`PARTNER`,`NATIONAL_ADMIN`],ne={segment:`locations`,label:`staff.nav.locations`,icon:`home`,roles:[`FACILITATOR`,`LOCATION_MANAGER`,`NATIONAL_ADMIN`,`MODERATOR`,`SAFEGUARDING_OFFICER`],page:(e,t)=>t[0]?H(e,t[0]):B(e)};function re(e){return[ne,...Q].filter(t=>t.roles.includes(e))}function ie(e,t,a){let o=t.split(`/`).filter(Boolean).slice(1),s=i();if(s.kind!==`staff`||o[0]===`sign-in`){if(s.kind===`staff`){queueMicrotask(()=>a.navigate(`/staff`,{replace:!0}));return}return $(e,Z({async signedIn(){await f(),a.navigate(o[0]===`sign-in`||o.length===0?`/staff`:t,{replace:!0})}}),void 0,a)}let c={...a,viewer:s},l=re(s.role),u=l[0];if(o.length===0&&u){queueMicrotask(()=>a.navigate(`/staff/${u.segment}`,{replace:!0}));return}let d=l.find(e=>e.segment===o[0]);return $(e,d?d.page(c,o.slice(1)):{title:n(`notFound.title`),render(e){e.append(r(`h1`,{tabindex:`-1`},n(`notFound.title`)))}},{sections:l,current:d,viewer:s},a)}function $(e,i,a,o){document.title=`${i.title} – ${n(`staff.title`)}`;let s=r(`select`,{class:`input staff-language`,id:`staff-language`,on:{change:e=>{let t=e.target.value;m(t).then(()=>o.refresh())}}},...c.map(e=>{let n=r(`option`,{value:e,lang:e},d(e).nativeName);return n.selected=e===t(),n})),u=r(`div`,{class:`staff-main`});return e.append(r(`div`,{class:`staff-console`},r(`header`,{class:`staff-header`},r(`p`,{class:`staff-brand`},r(`a`,{href:`/staff`,"data-link":!0},n(`staff.title`))),a&&r(`nav`,{class:`staff-nav`,"aria-label":n(`staff.nav.label`)},r(`ul`,{role:`list`},...a.sections.map(e=>r(`li`,{},r(`a`,{href:`/staff/${e.segment}`,"data-link":!0,"aria-current":e===a.current?`page`:void 0},g(e.icon),r(`span`,{},n(e.label))))))),r(`div`,{class:`staff-header-tools`},r(`label`,{for:`staff-language`,class:`visually-hidden`},n(`staff.language`)),s,a&&r(`button`,{type:`button`,class:`button button-secondary`,on:{click:()=>void l().then(()=>{o.navigate(`/staff/sign-in`,{replace:!0})})}},g(`signOut`,{mirrorInRtl:!0}),r(`span`,{},n(`staff.signOut`))))),u)),i.render(u)}export{te as everyRole,ie as renderStaff};
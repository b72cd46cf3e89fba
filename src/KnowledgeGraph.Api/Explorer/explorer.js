var ae,m,We,Wt,A,Re,Fe,Ue,fe,te,G,Ke,ye,me,ge,Ft,ie={},oe=[],Ut=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,de=Array.isArray;function O(e,t){for(var r in t)e[r]=t[r];return e}function he(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Kt(e,t,r){var i,a,s,o={};for(s in t)s=="key"?i=t[s]:s=="ref"?a=t[s]:o[s]=t[s];if(arguments.length>2&&(o.children=arguments.length>3?ae.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)o[s]===void 0&&(o[s]=e.defaultProps[s]);return ne(e,o,i,a,null)}function ne(e,t,r,i,a){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++We,__i:-1,__u:0};return a==null&&m.vnode!=null&&m.vnode(s),s}function _(e){return e.children}function re(e,t){this.props=e,this.context=t}function U(e,t){if(t==null)return e.__?U(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?U(e):null}function qt(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],a=[],s=O({},t);s.__v=t.__v+1,m.vnode&&m.vnode(s),_e(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??U(t),!!(32&t.__u),a),s.__v=t.__v,s.__.__k[s.__i]=s,Qe(i,s,a),t.__e=t.__=null,s.__e!=r&&qe(s)}}function qe(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),qe(e)}function Ve(e){(!e.__d&&(e.__d=!0)&&A.push(e)&&!se.__r++||Re!=m.debounceRendering)&&((Re=m.debounceRendering)||Fe)(se)}function se(){try{for(var e,t=1;A.length;)A.length>t&&A.sort(Ue),e=A.shift(),t=A.length,qt(e)}finally{A.length=se.__r=0}}function Me(e,t,r,i,a,s,o,l,u,d,p){var y,c,f,E,T,I,x=i&&i.__k||oe,g=t.length;for(u=Mt(r,t,x,u,g),y=0;y<g;y++)(f=r.__k[y])!=null&&(c=f.__i!=-1&&x[f.__i]||ie,f.__i=y,I=_e(e,f,c,a,s,o,l,u,d,p),E=f.__e,f.ref&&c.ref!=f.ref&&(c.ref&&ve(c.ref,null,f),p.push(f.ref,f.__c||E,f)),T==null&&E!=null&&(T=E),4&f.__u?(u=Be(f,u,e),c.__e&&(c.__e=null)):typeof f.type=="function"&&I!==void 0?u=I:E&&(u=E.nextSibling),f.__u&=-7);return r.__e=T,u}function Mt(e,t,r,i,a){var s,o,l,u,d,p=r.length,y=p,c=0;for(e.__k=new Array(a),s=0;s<a;s++)(o=t[s])!=null&&typeof o!="boolean"&&typeof o!="function"?(typeof o=="string"||typeof o=="number"||typeof o=="bigint"||o.constructor==String?o=e.__k[s]=ne(null,o,null,null,null):de(o)?o=e.__k[s]=ne(_,{children:o},null,null,null):o.constructor===void 0&&o.__b>0?o=e.__k[s]=ne(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):e.__k[s]=o,u=s+c,o.__=e,o.__b=e.__b+1,l=null,(d=o.__i=Bt(o,r,u,y))!=-1&&(y--,(l=r[d])&&(l.__u|=2)),l==null||l.__v==null?(d==-1&&(a>p?c--:a<p&&c++),typeof o.type!="function"&&(o.__u|=4)):d!=u&&(d==u-1?c--:d==u+1?c++:(d>u?c--:c++,o.__u|=4))):e.__k[s]=null;if(y)for(s=0;s<p;s++)(l=r[s])!=null&&(2&l.__u)==0&&(l.__e==i&&(i=U(l)),Ge(l,l));return i}function Be(e,t,r){var i,a;if(typeof e.type=="function"){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=Be(i[a],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=U(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Bt(e,t,r,i){var a,s,o,l=e.key,u=e.type,d=t[r],p=d!=null&&(2&d.__u)==0;if(d===null&&l==null||p&&l==d.key&&u==d.type)return r;if(i>(p?1:0)){for(a=r-1,s=r+1;a>=0||s<t.length;)if((d=t[o=a>=0?a--:s++])!=null&&(2&d.__u)==0&&l==d.key&&u==d.type)return o}return-1}function Le(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||Ut.test(t)?r:r+"px"}function ee(e,t,r,i,a){var s,o;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||Le(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||Le(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(Ke,"$1")),o=t.toLowerCase(),t=o in e||t=="onFocusOut"||t=="onFocusIn"?o.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[G]=i[G]:(r[G]=ye,e.addEventListener(t,s?ge:me,s)):e.removeEventListener(t,s?ge:me,s);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function Pe(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[te]==null)t[te]=ye++;else if(t[te]<r[G])return;return r(m.event?m.event(t):t)}}}function _e(e,t,r,i,a,s,o,l,u,d){var p,y,c,f,E,T,I,x,g,S,Q,F,j,Ae,Z,pe,N=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(u=!!(32&r.__u),s=[l=t.__e=r.__e]),(p=m.__b)&&p(t);e:if(typeof N=="function"){y=o.length;try{if(g=t.props,S=N.prototype&&N.prototype.render,Q=(p=N.contextType)&&i[p.__c],F=p?Q?Q.props.value:p.__:i,r.__c?x=(c=t.__c=r.__c).__=c.__E:(S?t.__c=c=new N(g,F):(t.__c=c=new re(g,F),c.constructor=N,c.render=Qt),Q&&Q.sub(c),c.state||(c.state={}),c.__n=i,f=c.__d=!0,c.__h=[],c._sb=[]),S&&c.__s==null&&(c.__s=c.state),S&&N.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=O({},c.__s)),O(c.__s,N.getDerivedStateFromProps(g,c.__s))),E=c.props,T=c.state,c.__v=t,f)S&&N.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),S&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(S&&N.getDerivedStateFromProps==null&&g!==E&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(g,F),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(g,c.__s,F)===!1){t.__v!=r.__v&&(c.props=g,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(q){q&&(q.__=t)}),oe.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&o.push(c),l=U(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(g,c.__s,F),S&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(E,T,I)})}if(c.context=F,c.props=g,c.__P=e,c.__e=!1,j=m.__r,Ae=0,S)c.state=c.__s,c.__d=!1,j&&j(t),p=c.render(c.props,c.state,c.context),oe.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,j&&j(t),p=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++Ae<25);c.state=c.__s,c.getChildContext!=null&&(i=O(O({},i),c.getChildContext())),S&&!f&&c.getSnapshotBeforeUpdate!=null&&(I=c.getSnapshotBeforeUpdate(E,T)),Z=p!=null&&p.type===_&&p.key==null?je(p.props.children):p,l=Me(e,de(Z)?Z:[Z],t,r,i,a,s,o,l,u,d),c.base=t.__e,t.__u&=-161,c.__h.length&&o.push(c),x&&(c.__E=c.__=null)}catch(q){if(o.length=y,t.__v=null,u||s!=null){if(q.then){for(t.__u|=u?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;s!=null&&(s[s.indexOf(l)]=null),t.__e=l}else if(s!=null)for(pe=s.length;pe--;)he(s[pe])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),q.then||He(t),m.__e(q,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):l=t.__e=Ht(r.__e,t,r,i,a,s,o,u,d);return(p=m.diffed)&&p(t),128&t.__u?void 0:l}function He(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(He))}function Qe(e,t,r){for(var i=0;i<r.length;i++)ve(r[i],r[++i],r[++i]);m.__c&&m.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(s){s.call(a)})}catch(s){m.__e(s,a.__v)}})}function je(e){return typeof e!="object"||e==null||e.__b>0?e:de(e)?e.map(je):e.constructor!==void 0?null:O({},e)}function Ht(e,t,r,i,a,s,o,l,u){var d,p,y,c,f,E,T,I=r.props||ie,x=t.props,g=t.type;if(g=="svg"?a="http://www.w3.org/2000/svg":g=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),s!=null){for(d=0;d<s.length;d++)if((f=s[d])&&"setAttribute"in f==!!g&&(g?f.localName==g:f.nodeType==3)){e=f,s[d]=null;break}}if(e==null){if(g==null)return document.createTextNode(x);e=document.createElementNS(a,g,x.is&&x),l&&(m.__m&&m.__m(t,s),l=!1),s=null}if(g==null)I===x||l&&e.data==x||(e.data=x);else{if(s=g=="textarea"&&x.defaultValue!=null?null:s&&ae.call(e.childNodes),!l&&s!=null)for(I={},d=0;d<e.attributes.length;d++)I[(f=e.attributes[d]).name]=f.value;for(d in I)f=I[d],d=="dangerouslySetInnerHTML"?y=f:d=="children"||d in x||d=="value"&&"defaultValue"in x||d=="checked"&&"defaultChecked"in x||ee(e,d,null,f,a);for(d in x)f=x[d],d=="children"?c=f:d=="dangerouslySetInnerHTML"?p=f:d=="value"?E=f:d=="checked"?T=f:l&&typeof f!="function"||I[d]===f||ee(e,d,f,I[d],a);if(p)l||y&&(p.__html==y.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(y&&(e.innerHTML=""),Me(t.type=="template"?e.content:e,de(c)?c:[c],t,r,i,g=="foreignObject"?"http://www.w3.org/1999/xhtml":a,s,o,s?s[0]:r.__k&&U(r,0),l,u),s!=null)for(d=s.length;d--;)he(s[d]);l&&g!="textarea"||(d="value",g=="progress"&&E==null?e.removeAttribute("value"):E!=null&&(E!==e[d]||g=="progress"&&!E||g=="option"&&E!=I[d])&&ee(e,d,E,I[d],a),d="checked",T!=null&&T!=e[d]&&ee(e,d,T,I[d],a))}return e}function ve(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(a){m.__e(a,r)}}function Ge(e,t,r){var i,a;if(m.unmount&&m.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||ve(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){m.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&Ge(i[a],t,r||typeof e.type!="function");r||he(e.__e),e.__c=e.__=e.__e=void 0}function Qt(e,t,r){return this.constructor(e,r)}function Je(e,t,r){var i,a,s,o;t==document&&(t=document.documentElement),m.__&&m.__(e,t),a=(i=typeof r=="function")?null:r&&r.__k||t.__k,s=[],o=[],_e(t,e=(!i&&r||t).__k=Kt(_,null,[e]),a||ie,ie,t.namespaceURI,!i&&r?[r]:a?null:t.firstChild?ae.call(t.childNodes):null,s,!i&&r?r:a?a.__e:t.firstChild,i,o),Qe(s,e,o),e.props.children=null}ae=oe.slice,m={__e:function(e,t,r,i){for(var a,s,o;t=t.__;)if((a=t.__c)&&!a.__)try{if((s=a.constructor)&&s.getDerivedStateFromError!=null&&(a.setState(s.getDerivedStateFromError(e)),o=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,i||{}),o=a.__d),o)return a.__E=a}catch(l){e=l}throw e}},We=0,Wt=function(e){return e!=null&&e.constructor===void 0},re.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=O({},this.state),typeof e=="function"&&(e=e(O({},r),this.props)),e&&O(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ve(this))},re.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ve(this))},re.prototype.render=_,A=[],Fe=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ue=function(e,t){return e.__v.__b-t.__v.__b},se.__r=0,fe=Math.random().toString(8),te="__d"+fe,G="__a"+fe,Ke=/(PointerCapture)$|Capture$/i,ye=0,me=Pe(!1),ge=Pe(!0),Ft=0;var J,v,be,Ye,Ee=0,it=[],k=m,ze=k.__b,Xe=k.__r,Ze=k.diffed,et=k.__c,tt=k.unmount,nt=k.__;function xe(e,t){k.__h&&k.__h(v,e,Ee||t),Ee=0;var r=v.__H||(v.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function R(e){return Ee=1,jt(st,e)}function jt(e,t,r){var i=xe(J++,2);if(i.t=e,!i.__c&&(i.__=[r?r(t):st(void 0,t),function(l){var u=i.__N?i.__N[0]:i.__[0],d=i.t(u,l);u!==d&&(i.__N=[d,i.__[1]],i.__c.setState({}))}],i.__c=v,!v.__f)){var a=function(l,u,d){if(!i.__c.__H)return!0;var p=!1,y=i.__c.props!==l;if(i.__c.__H.__.some(function(f){if(f.__N){p=!0;var E=f.__[0];f.__=f.__N,f.__N=void 0,E!==f.__[0]&&(y=!0)}}),s){var c=s.call(this,l,u,d);return p?c||y:c}return!p||y};v.__f=!0;var s=v.shouldComponentUpdate,o=v.componentWillUpdate;v.componentWillUpdate=function(l,u,d){if(this.__e){var p=s;s=void 0,a(l,u,d),s=p}o&&o.call(this,l,u,d)},v.shouldComponentUpdate=a}return i.__N||i.__}function V(e,t){var r=xe(J++,3);!k.__s&&Yt(r.__H,t)&&(r.__=e,r.u=t,v.__H.__h.push(r))}function ot(){var e=xe(J++,11);if(!e.__){for(var t=v.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Gt(){for(var e;e=it.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(le),t.__h.some(ke),t.__h=[]}catch(r){t.__h=[],k.__e(r,e.__v)}}}k.__b=function(e){v=null,ze&&ze(e)},k.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),nt&&nt(e,t)},k.__r=function(e){Xe&&Xe(e),J=0;var t=(v=e.__c).__H;t&&(be===v?(t.__h=[],v.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some(le),t.__h.some(ke),t.__h=[],J=0)),be=v},k.diffed=function(e){Ze&&Ze(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(it.push(t)!==1&&Ye===k.requestAnimationFrame||((Ye=k.requestAnimationFrame)||Jt)(Gt)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),be=v=null},k.__c=function(e,t){t.some(function(r){try{r.__h.some(le),r.__h=r.__h.filter(function(i){return!i.__||ke(i)})}catch(i){t.some(function(a){a.__h&&(a.__h=[])}),t=[],k.__e(i,r.__v)}}),et&&et(e,t)},k.unmount=function(e){tt&&tt(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{le(i)}catch(a){t=a}}),r.__H=void 0,t&&k.__e(t,r.__v))};var rt=typeof requestAnimationFrame=="function";function Jt(e){var t,r=function(){clearTimeout(i),rt&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);rt&&(t=requestAnimationFrame(r))}function le(e){var t=v,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),v=t}function ke(e){var t=v;e.__c=e.__(),v=t}function Yt(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function st(e,t){return typeof t=="function"?t(e):t}var zt=["home","search","node","graph","path","gaps","worked","compare","transfer"];function at(e){let t=e.replace(/^#\/?/,""),r=t.indexOf("?"),i=r<0?t:t.slice(0,r),a=new URLSearchParams(r<0?"":t.slice(r+1)),[s="",...o]=i.split("/"),l=zt.includes(s)?s:"home",u=o.length>0?Xt(o.join("/")):void 0;return u?{view:l,id:u,params:a}:{view:l,params:a}}function h(e,t,r){let i=new URLSearchParams;for(let[s,o]of Object.entries(r??{}))o===void 0||o===""||(typeof o=="string"?i.set(s,o):o.length>0&&i.set(s,o.join(",")));let a=i.toString();return`#/${e}${t?"/"+encodeURIComponent(t):""}${a?"?"+a:""}`}function M(e,t=!1){t?history.replaceState(null,"",e):location.hash=e,t&&window.dispatchEvent(new HashChangeEvent("hashchange"))}function dt(){let[e,t]=R(()=>at(location.hash));return V(()=>{let r=()=>t(at(location.hash));return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function lt(e,t){return(e.get(t)??"").split(",").filter(r=>r!=="")}function Xt(e){try{return decodeURIComponent(e)}catch{return e}}var ct=new URL("../graphql",location.href).toString(),Zt=6e3,Ie="knowledge-graph-explorer-key",D=class extends Error{constructor(r,i){super(r);this.code=i}code},we={UNAUTHENTICATED:"This graph is not open to anonymous readers: enter a reader key below.",FORBIDDEN:"The key given may not read this.",RATE_LIMITED:"Too many requests for now; wait a moment and try again.",BUDGET_EXCEEDED:"The request cost more than the budget left; wait a moment or narrow it.",NETWORK:"The explorer could not reach the API. Is the server running?",INTERNAL:"The server failed to answer this request."};function Te(){return sessionStorage.getItem(Ie)??""}function ut(e){e?sessionStorage.setItem(Ie,e):sessionStorage.removeItem(Ie)}async function ce(e,t,r){let i=e.toString(),a={Accept:"application/graphql-response+json, application/json"},s=Te();s&&(a.Authorization=`Bearer ${s}`);let o=new URL(ct);o.searchParams.set("query",i),t&&Object.keys(t).length>0&&o.searchParams.set("variables",JSON.stringify(t));let l;try{l=o.toString().length<=Zt?await fetch(o,{headers:a,signal:r}):await fetch(ct,{method:"POST",headers:{...a,"Content-Type":"application/json"},body:JSON.stringify({query:i,variables:t}),signal:r})}catch(p){throw r?.aborted?p:new D(we.NETWORK,"NETWORK")}let u;try{u=await l.json()}catch{throw new D(`The API answered ${l.status} ${l.statusText} without a GraphQL result.`,`HTTP_${l.status}`)}let d=u.errors?.[0];if(d||u.data==null){let p=d?.extensions?.code??`HTTP_${l.status}`,y=d?.message??"The API answered without data.";throw new D(we[p]?`${we[p]} (${y})`:y,p)}return u.data}function L(e,t){let r=t===null?null:JSON.stringify(t),[i,a]=R({status:"loading"});return V(()=>{if(r===null)return;let s=new AbortController;return a({status:"loading"}),ce(e,JSON.parse(r),s.signal).then(o=>a({status:"done",data:o}),o=>{s.signal.aborted||a({status:"error",error:o instanceof D?o:new D(String(o),"CLIENT")})}),()=>s.abort()},[e,r]),i}var $=class extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}},pt=new $(`
    query ExplorerIndustries {
  industries(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),ft=new $(`
    query ExplorerJurisdictions {
  jurisdictions(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),mt=new $(`
    query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
  search(text: $text, labels: $labels, first: 8) {
    node {
      id
      ... on Strategy {
        name
      }
      ... on Industry {
        name
      }
      ... on Organization {
        name
      }
      ... on Person {
        name
      }
      ... on Jurisdiction {
        name
      }
      ... on Outcome {
        name
      }
      ... on Source {
        title
      }
      ... on Finding {
        summary
      }
    }
  }
}
    `),gt=new $(`
    query ExplorerCompare($industries: [ID!]!) {
  compareStrategies(industries: $industries) {
    industries {
      id
      name
    }
    strategies {
      kind
      sharedByAll
      strategy {
        id
        name
      }
      usedIn {
        industry {
          id
        }
        verdict
        effects {
          positive
          negative
          mixed
          noEffect
          inconclusive
          total
        }
        findingKinds {
          effect
          adoption
          prevalence
          process
          total
        }
      }
    }
    byIndustry {
      industry {
        id
      }
      outcomes {
        category
        effects {
          positive
          negative
          mixed
          noEffect
          inconclusive
          total
        }
        findingKinds {
          effect
          adoption
          prevalence
          process
          total
        }
      }
    }
  }
}
    `),yt=new $(`
    query ExplorerHome {
  stats {
    nodesByLabel {
      key
      count
    }
    findingsByKind {
      key
      count
    }
  }
}
    `),ht=new $(`
    query ExplorerTransfer($industry: ID!) {
  transferCandidates(industry: $industry, first: 20) {
    score
    evidence
    distinctiveness
    similarity
    reason
    intervention {
      id
      name
    }
    fromIndustries {
      id
      name
    }
    newStrategies {
      id
      name
    }
    sharedFactors {
      name
      weight
      industries
    }
    findings {
      id
      evidenceKind
    }
  }
  node(id: $industry) {
    id
    ... on Industry {
      name
      riskFactors
    }
  }
  verdicts: whatWorked(
    kinds: [INTERVENTION]
    includeUnevidenced: false
    first: 100
  ) {
    verdict
    strategy {
      id
    }
  }
}
    `),_t=new $(`
    query ExplorerWhatWorked($industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int, $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!) {
  whatWorked(
    industry: $industry
    jurisdiction: $jurisdiction
    minEvidence: $minEvidence
    outcomeCategory: $outcomeCategory
    since: $since
    includeUnevidenced: $includeUnevidenced
    kinds: $kinds
    first: 100
  ) {
    kind
    verdict
    score
    confidence
    bestDesign
    bestEvidence
    newestYear
    explanation
    weaklySourced
    sharedFindings
    effects {
      positive
      negative
      mixed
      noEffect
      inconclusive
      total
    }
    findingKinds {
      effect
      adoption
      prevalence
      process
      total
    }
    adoption {
      adopted
      summary
    }
    strategy {
      id
      name
    }
  }
  nodes(ids: $scope) {
    id
    ... on Industry {
      name
    }
    ... on Jurisdiction {
      name
    }
  }
}
    `);var tn={"\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":pt,"\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":ft,"\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n":mt,"\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n":gt,"\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n":yt,"\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n":ht,"\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n":_t};function C(e){return tn[e]??{}}var ue=[{label:"INDUSTRY",name:"Industry",plural:"Industries",prefix:"industry",colour:"#1f5f99"},{label:"ORGANIZATION",name:"Organization",plural:"Organizations",prefix:"org",colour:"#6b3fa0"},{label:"PERSON",name:"Person",plural:"People",prefix:"person",colour:"#8a4b08"},{label:"TACTIC",name:"Tactic",plural:"Tactics",prefix:"tactic",colour:"#0f6e5a"},{label:"POLICY_LEVER",name:"Policy lever",plural:"Policy levers",prefix:"lever",colour:"#9c2f5e"},{label:"INTERVENTION",name:"Intervention",plural:"Interventions",prefix:"intervention",colour:"#b3261e"},{label:"JURISDICTION",name:"Jurisdiction",plural:"Jurisdictions",prefix:"jurisdiction",colour:"#4d5b12"},{label:"FINDING",name:"Finding",plural:"Findings",prefix:"finding",colour:"#205e6e"},{label:"OUTCOME",name:"Outcome",plural:"Outcomes",prefix:"outcome",colour:"#5c4a1e"},{label:"SOURCE",name:"Source",plural:"Sources",prefix:"source",colour:"#4a4f57"}],nn=new Map(ue.map(e=>[e.label,e])),rn=new Map(ue.map(e=>[e.prefix,e])),on=new Map(ue.map(e=>[e.name.replace(" ",""),e]));function vt(e){return nn.get(e)??ue[0]}function Ce(e){return rn.get(e.slice(0,e.indexOf(":")))}function bt(e){return on.get(e)}var sn=0;function n(e,t,r,i,a,s){t||(t={});var o,l,u=t;if("ref"in u)for(l in u={},t)l=="ref"?o=t[l]:u[l]=t[l];var d={type:e,props:u,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--sn,__i:-1,__u:0,__source:a,__self:s};if(typeof e=="function"&&(o=e.defaultProps))for(l in o)u[l]===void 0&&(u[l]=o[l]);return m.vnode&&m.vnode(d),d}var an=C(`
  query ExplorerIndustries {
    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),dn=C(`
  query ExplorerJurisdictions {
    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),Gn=C(`
  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, labels: $labels, first: 8) {
      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    }
  }
`),Se=new Map;function Et(e){let[t,r]=R({status:"loading"});return V(()=>{let i=Se.get(e);i||(i=e==="industries"?ce(an,{}).then(s=>s.industries.nodes):ce(dn,{}).then(s=>s.jurisdictions.nodes),i.catch(()=>Se.delete(e)),Se.set(e,i));let a=!0;return i.then(s=>a&&r({status:"done",options:s}),s=>a&&r({status:"error",error:s instanceof D?s:new D(String(s),"CLIENT")})),()=>{a=!1}},[e]),t}function K(e){return n(xt,{...e,state:Et("industries")})}function kt(e){return n(xt,{...e,state:Et("jurisdictions")})}function xt({label:e,value:t,onChange:r,none:i,state:a}){let s=ot();return n("label",{for:s,children:[e,n("select",{id:s,value:t,disabled:a.status!=="done",onChange:o=>r(o.currentTarget.value),children:[i!==void 0||!t?n("option",{value:"",children:i??"Choose…"}):null,a.status==="done"?a.options.map(o=>n("option",{value:o.id,children:o.name},o.id)):null,a.status==="loading"?n("option",{value:t,children:"Loading…"}):null,a.status==="error"?n("option",{value:t,children:["Could not load the list (",a.error.code,")"]}):null]})]})}function ln({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}function cn({error:e}){return n("div",{class:"error",role:"alert",children:[n("p",{children:[n("strong",{children:"Could not load this view."})," ",e.message]}),n("p",{class:"error-code",children:["Error code: ",n("code",{children:e.code})]}),e.code==="UNAUTHENTICATED"||e.code==="FORBIDDEN"?n(un,{}):null]})}function un(){let[e,t]=R(Te());return n("form",{class:"key-form",onSubmit:r=>{r.preventDefault(),ut(e.trim()),location.reload()},children:[n("label",{for:"reader-key",children:"Reader key"}),n("input",{id:"reader-key",type:"password",autocomplete:"off",value:e,onInput:r=>t(r.currentTarget.value)}),n("button",{type:"submit",children:"Use this key"})]})}function b({children:e}){return n("p",{class:"empty",role:"status",children:e})}function P({state:e,what:t,children:r}){return e.status==="loading"?n(ln,{what:t}):e.status==="error"?n(cn,{error:e.error}):n(_,{children:r(e.data)})}function pn({label:e}){let t=vt(e);return n("span",{class:`badge label-${t.prefix}`,children:t.name})}function W({id:e,name:t,badge:r=!0}){let i=Ce(e);return n("span",{class:"node-link",children:[r&&i?n(pn,{label:i.label}):null,n("a",{href:h("node",e),children:t||e})]})}function Y({value:e,kind:t}){return n("span",{class:`badge ${t} ${t}-${e.toLowerCase()}`,children:Ne(e)})}function Ne(e){return e.toLowerCase().replaceAll("_"," ")}function w({children:e}){return n("h1",{tabIndex:-1,class:"page-title",children:e})}var fn={WORKED:"Worked",MIXED_EVIDENCE:"Mixed evidence",NO_EFFECT_FOUND:"No effect found",HARMFUL:"Harmful",INCONCLUSIVE:"Inconclusive",ADOPTED_ONLY:"Adopted, effect not measured",NO_EVIDENCE:"No evidence"},mn={WORKED:"Effect findings point to an effect in the wanted direction, none against it.",MIXED_EVIDENCE:"Effect findings disagree, or are mixed.",NO_EFFECT_FOUND:"Measured with a design that can show an absence, and nothing changed.",HARMFUL:"Effect findings point to harm or a backlash.",INCONCLUSIVE:"Effect findings exist, but none can tell whether it worked.",ADOPTED_ONLY:"Adopted (enacted, signed, funded), but no effect was measured: adoption is not evidence that it worked.",NO_EVIDENCE:"Applied, but nothing was measured: this is not evidence that it failed."},De=["WORKED","MIXED_EVIDENCE","INCONCLUSIVE","NO_EFFECT_FOUND","HARMFUL","ADOPTED_ONLY","NO_EVIDENCE"];function gn(e){return fn[e]??e}function B({verdict:e}){return n("span",{class:`verdict verdict-${e.toLowerCase().replaceAll("_","-")}`,title:mn[e],"data-verdict":e,children:gn(e)})}function z(e){if(e.total===0)return"No effect finding";let t=[[e.positive,"positive"],[e.mixed,"mixed"],[e.negative,"negative"],[e.noEffect,"no effect"],[e.inconclusive,"inconclusive"]].filter(([r])=>r>0).map(([r,i])=>`${r} ${i}`);return`${e.total} effect finding${e.total===1?"":"s"}: ${t.join(", ")}`}function H(e){return[[e.adoption,"adoption"],[e.process,"process"],[e.prevalence,"prevalence"]].filter(([t])=>t>0).map(([t,r])=>`${t} ${r}`).join(", ")}function Oe(e){return e.toLowerCase().replaceAll("_"," ")}var yn=C(`
  query ExplorerCompare($industries: [ID!]!) {
    compareStrategies(industries: $industries) {
      industries { id name }
      strategies {
        kind sharedByAll
        strategy { id name }
        usedIn {
          industry { id }
          verdict
          effects { positive negative mixed noEffect inconclusive total }
          findingKinds { effect adoption prevalence process total }
        }
      }
      byIndustry {
        industry { id }
        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }
      }
    }
  }
`);function wt({route:e}){let t=e.params.get("a")??"",r=e.params.get("b")??"",i=t!==""&&r!==""&&t!==r,a=L(yn,i?{industries:[t,r]}:null),s=o=>M(h("compare",void 0,o));return n("section",{class:"strategy-view",children:[n(w,{children:"Compare two industries"}),n("p",{class:"lead",children:"Which tactics and policy levers two industries share and which only one of them applies, with what the effect findings say in each. Adoption is counted apart and is never evidence that a strategy worked."}),n("form",{class:"filters","aria-label":"Industries to compare",onSubmit:o=>o.preventDefault(),children:[n(K,{label:"First industry",value:t,onChange:o=>s({a:o,b:r})}),n(K,{label:"Second industry",value:r,onChange:o=>s({a:t,b:o})}),n("button",{type:"button",disabled:!t&&!r,onClick:()=>s({a:r,b:t}),children:"Swap"})]}),i?n(P,{state:a,what:"the comparison",children:o=>o.compareStrategies?n(hn,{comparison:o.compareStrategies}):n(b,{children:"The API gave no comparison for these industries."})}):n(b,{children:t!==""&&t===r?"Choose two different industries.":"Choose two industries to compare their strategies."})]})}function hn({comparison:e}){let[t,r]=e.industries;if(!t||!r)return n(b,{children:"The API gave no comparison for these industries."});let i=e.strategies.filter(s=>s.sharedByAll),a=s=>e.strategies.filter(o=>!o.sharedByAll&&o.usedIn.some(l=>l.industry.id===s)).sort((o,l)=>De.indexOf(X(o,s).verdict)-De.indexOf(X(l,s).verdict));return n(_,{children:[n("h2",{id:"shared-heading",children:["Shared by both (",i.length,")"]}),i.length===0?n(b,{children:["No tactic or policy lever is applied in both ",t.name," and ",r.name,"."]}):n("table",{class:"strategy-table shared","aria-labelledby":"shared-heading",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:["In ",t.name]}),n("th",{scope:"col",children:["In ",r.name]})]})}),n("tbody",{children:i.map(s=>n("tr",{"data-id":s.strategy.id,children:[n("th",{scope:"row","data-label":"Strategy",children:n(W,{id:s.strategy.id,name:s.strategy.name})}),n("td",{"data-label":`In ${t.name}`,children:n($e,{use:X(s,t.id)})}),n("td",{"data-label":`In ${r.name}`,children:n($e,{use:X(s,r.id)})})]},s.strategy.id))})]}),n("h2",{children:"Only one of them"}),n("div",{class:"compare-columns",children:[t,r].map((s,o)=>{let l=a(s.id),u=`only-heading-${o}`;return n("section",{class:"compare-column","aria-labelledby":u,children:[n("h3",{id:u,children:["Only in ",n("a",{href:h("node",s.id),children:s.name})," (",l.length,")"]}),l.length===0?n(b,{children:"Every tactic and lever applied here is applied in the other industry too."}):n("table",{class:"strategy-table distinct","aria-labelledby":u,children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:"Verdict there"})]})}),n("tbody",{children:l.map(d=>n("tr",{"data-id":d.strategy.id,children:[n("th",{scope:"row","data-label":"Strategy",children:n(W,{id:d.strategy.id,name:d.strategy.name})}),n("td",{"data-label":"Verdict there",children:n($e,{use:X(d,s.id)})})]},d.strategy.id))})]})]},s.id)})}),n(_n,{comparison:e})]})}function X(e,t){return e.usedIn.find(r=>r.industry.id===t)}function $e({use:e}){if(!e)return n("span",{class:"muted",children:"Not applied"});let t=H(e.findingKinds);return n(_,{children:[n(B,{verdict:e.verdict}),n("p",{class:"counts",children:[z(e.effects),t?`; not counted: ${t}`:"","."]})]})}function _n({comparison:e}){let[t,r]=e.industries,i=e.byIndustry,a=[...new Set(i.flatMap(o=>o.outcomes.map(l=>l.category)))].sort();if(!t||!r||a.length===0)return null;let s=(o,l)=>{let u=i.find(p=>p.industry.id===o)?.outcomes.find(p=>p.category===l);if(!u)return n("span",{class:"muted",children:"No finding"});let d=H(u.findingKinds);return n(_,{children:[z(u.effects),d?n("span",{class:"muted",children:["; not counted: ",d]}):null]})};return n(_,{children:[n("h2",{id:"outcomes-heading",children:"Findings by outcome category"}),n("table",{class:"strategy-table outcomes","aria-labelledby":"outcomes-heading",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Outcome category"}),n("th",{scope:"col",children:t.name}),n("th",{scope:"col",children:r.name})]})}),n("tbody",{children:a.map(o=>n("tr",{children:[n("th",{scope:"row","data-label":"Outcome category",children:Ne(o)}),n("td",{"data-label":t.name,children:s(t.id,o)}),n("td",{"data-label":r.name,children:s(r.id,o)})]},o))})]})]})}function It(e){return n("section",{children:[n(w,{children:"GapMapView"}),n(b,{children:"This view is not built yet."})]})}function Tt(e){return n("section",{children:[n(w,{children:"GraphView"}),n(b,{children:"This view is not built yet."})]})}var vn=C(`
  query ExplorerHome {
    stats {
      nodesByLabel { key count }
      findingsByKind { key count }
    }
  }
`);function Ct(){let e=L(vn,{});return n("section",{children:[n(w,{children:"Which interventions worked where"}),n("p",{class:"lead",children:"Industries, organizations, tactics, policy levers, interventions and the findings and sources that evidence them. A finding says what kind of claim it is — an effect, an adoption, a prevalence figure — and on what design; adoption is never shown as proof that something worked."}),n("ul",{class:"view-list",children:[n("li",{children:[n("a",{href:h("search"),children:"Search"})," the graph and open any node's page and evidence."]}),n("li",{children:[n("a",{href:h("graph"),children:"Graph"}),": a node's neighbourhood as a picture, expanded by click."]}),n("li",{children:[n("a",{href:h("path"),children:"Paths"})," between two nodes, with the citation of each hop."]}),n("li",{children:[n("a",{href:h("gaps"),children:"Gap map"}),": strategies against industries, outcomes or places, coloured by the best design."]}),n("li",{children:[n("a",{href:h("worked"),children:"What worked"})," in an industry, ",n("a",{href:h("compare"),children:"compare"})," two industries, and ",n("a",{href:h("transfer"),children:"transfer"})," candidates."]})]}),n("h2",{children:"In this graph"}),n(P,{state:e,what:"the graph's counts",children:t=>t.stats?n("table",{class:"counts",children:[n("caption",{children:"Nodes by label"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Label"}),n("th",{scope:"col",children:"Nodes"})]})}),n("tbody",{children:t.stats.nodesByLabel.map(r=>n("tr",{children:[n("th",{scope:"row",children:bt(r.key)?.plural??r.key}),n("td",{children:r.count})]},r.key))})]}):null})]})}function St(e){return n("section",{children:[n(w,{children:"NodeView"}),n(b,{children:"This view is not built yet."})]})}function Nt(e){return n("section",{children:[n(w,{children:"PathView"}),n(b,{children:"This view is not built yet."})]})}function Dt(e){return n("section",{children:[n(w,{children:"SearchView"}),n(b,{children:"This view is not built yet."})]})}var bn=C(`
  query ExplorerTransfer($industry: ID!) {
    transferCandidates(industry: $industry, first: 20) {
      score evidence distinctiveness similarity reason
      intervention { id name }
      fromIndustries { id name }
      newStrategies { id name }
      sharedFactors { name weight industries }
      findings { id evidenceKind }
    }
    node(id: $industry) { id ... on Industry { name riskFactors } }
    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }
  }
`);function Ot({route:e}){let t=e.params.get("industry")??"",r=L(bn,t?{industry:t}:null);return n("section",{class:"strategy-view",children:[n(w,{children:"Transfer candidates"}),n("p",{class:"lead",children:"Interventions with positive effect evidence in industries that share this industry's harassment risk factors, and that bring tactics or policy levers not applied here yet. The rarer a shared risk factor, the more it weighs; a factor every industry has says nothing."}),n("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:n(K,{label:"Industry",value:t,none:"Choose an industry…",onChange:i=>M(h("transfer",void 0,{industry:i}))})}),t?n(P,{state:r,what:"the transfer candidates",children:i=>{let a=i.node&&"riskFactors"in i.node?i.node:null,s=new Map((i.verdicts??[]).map(o=>[o.strategy.id,o.verdict]));return n(_,{children:[a?n("p",{class:"own-factors",children:[n("strong",{children:a.name}),": ",a.riskFactors.length===0?"no risk factors recorded, so no industry can be matched to it.":n(_,{children:["risk factors ",a.riskFactors.map(o=>n("span",{class:"badge risk-factor",children:Oe(o)},o))]})]}):null,n(En,{candidates:i.transferCandidates??[],verdicts:s,name:a?.name??t}),n("p",{class:"hint",children:["What the industry itself has tried: ",n("a",{href:h("worked",void 0,{industry:t}),children:["what worked in ",a?.name??t]}),"."]})]})}}):n(b,{children:"Choose an industry to see what worked elsewhere under the same risks."})]})}function En({candidates:e,verdicts:t,name:r}){return e.length===0?n(b,{children:["No transfer candidate for ",r,": no intervention with positive effect evidence in an industry sharing its risk factors brings a strategy not applied here."]}):n("table",{class:"strategy-table transfer",children:[n("caption",{children:[e.length," candidate",e.length===1?"":"s"," for ",r,", ranked by effect evidence × (1 + distinctiveness of the shared risk factors)"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Rank"}),n("th",{scope:"col",children:"Intervention and where it worked"}),n("th",{scope:"col",children:"Shared risk factors"}),n("th",{scope:"col",children:"Why it is a candidate"}),n("th",{scope:"col",children:"What it would bring"})]})}),n("tbody",{children:e.map((i,a)=>{let s=t.get(i.intervention.id),o=i.findings.length;return n("tr",{"data-id":i.intervention.id,children:[n("td",{"data-label":"Rank",class:"rank",children:a+1}),n("th",{scope:"row","data-label":"Intervention",children:[n(W,{id:i.intervention.id,name:i.intervention.name}),n("p",{class:"from",children:["From ",i.fromIndustries.map((l,u)=>n("span",{children:[u>0?", ":"",n("a",{href:h("node",l.id),children:l.name})]},l.id))]}),n("p",{children:s?n(B,{verdict:s}):n("span",{class:"muted",children:"Verdict on its page"})})]}),n("td",{"data-label":"Shared risk factors",children:n("ul",{class:"factors",children:i.sharedFactors.map(l=>n("li",{children:[n("span",{class:"badge risk-factor",children:Oe(l.name)})," ",n("span",{class:"muted",children:[l.weight>0?`weight ${l.weight.toFixed(2)}`:"weight 0: every industry has it",", ",l.industries," industr",l.industries===1?"y":"ies"]})]},l.name))})}),n("td",{"data-label":"Why",children:[n("p",{class:"reason",children:i.reason}),n("p",{class:"numbers",children:[o," positive effect finding",o===1?"":"s","; net effect evidence ",i.evidence.toFixed(3),", distinctiveness ",i.distinctiveness.toFixed(3),", score ",i.score.toFixed(3)," ","(risk-factor similarity ",Math.round(i.similarity*100),"%, not scored)"]}),n("p",{class:"designs",children:["Designs: ",kn(i.findings).map(([l,u])=>n("span",{class:"design-count",children:[n(Y,{kind:"design",value:l}),u>1?`×${u}`:""]},l))]})]}),n("td",{"data-label":"Would bring",children:n("ul",{class:"brings",children:i.newStrategies.map(l=>n("li",{children:n(W,{id:l.id,name:l.name})},l.id))})})]},i.intervention.id)})})]})}function kn(e){let t=new Map;for(let r of e)t.set(r.evidenceKind,(t.get(r.evidenceKind)??0)+1);return[...t].sort((r,i)=>i[1]-r[1])}var xn=C(`
  query ExplorerWhatWorked(
    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,
    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!
  ) {
    whatWorked(
      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,
      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100
    ) {
      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings
      effects { positive negative mixed noEffect inconclusive total }
      findingKinds { effect adoption prevalence process total }
      adoption { adopted summary }
      strategy { id name }
    }
    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }
  }
`),wn=100,$t=["ANECDOTAL","LIMITED","MODERATE","STRONG"],At=["ACCOUNTABILITY","AWARENESS","ECONOMIC","POLICY_CHANGE","REPORTING","SAFETY","WELLBEING"],Rt=[["TACTIC","Tactics"],["POLICY_LEVER","Policy levers"],["INTERVENTION","Interventions"]];function In(e){let t=e.get("minEvidence")??"",r=e.get("outcome")??"",i=e.get("since")??"";return{industry:e.get("industry")??"",jurisdiction:e.get("jurisdiction")??"",minEvidence:$t.includes(t)?t:"",outcome:At.includes(r)?r:"",since:/^\d{4}$/.test(i)?i:"",unevidenced:e.get("unevidenced")!=="0",kinds:lt(e,"kinds").filter(a=>Rt.some(([s])=>s===a))}}function Tn(e){return h("worked",void 0,{industry:e.industry,jurisdiction:e.jurisdiction,minEvidence:e.minEvidence,outcome:e.outcome,since:e.since,unevidenced:e.unevidenced?void 0:"0",kinds:e.kinds})}function Vt({route:e}){let t=In(e.params),r=(o,l=!0)=>M(Tn({...t,...o}),l),i=o=>{let l=o.trim();l!==t.since&&r({since:/^\d{4}$/.test(l)?l:""})},a=[t.industry,t.jurisdiction].filter(o=>o!==""),s=L(xn,a.length===0?null:{industry:t.industry||null,jurisdiction:t.jurisdiction||null,minEvidence:t.minEvidence||null,outcomeCategory:t.outcome||null,since:t.since?Number(t.since):null,includeUnevidenced:t.unevidenced,kinds:t.kinds.length>0?[...t.kinds]:null,scope:a});return n("section",{class:"strategy-view",children:[n(w,{children:"What worked"}),n("p",{class:"lead",children:"The tactics, policy levers and interventions applied in an industry, ranked by the evidence that they changed an outcome. Only effect findings count toward a verdict; adoption (a law enacted, a contract signed) is shown beside it and is never evidence that a strategy worked."}),n("form",{class:"filters","aria-label":"What worked: filters",onSubmit:o=>{o.preventDefault(),i(o.currentTarget.elements.namedItem("since").value)},children:[n(K,{label:"Industry",value:t.industry,none:"Choose an industry…",onChange:o=>r({industry:o},!1)}),n(kt,{label:"Jurisdiction",value:t.jurisdiction,none:"Anywhere",onChange:o=>r({jurisdiction:o},!1)}),n("label",{children:["Findings at least",n("select",{value:t.minEvidence,onChange:o=>r({minEvidence:o.currentTarget.value}),children:[n("option",{value:"",children:"Any strength"}),$t.map(o=>n("option",{value:o,children:o.toLowerCase()},o))]})]}),n("label",{children:["Outcome",n("select",{value:t.outcome,onChange:o=>r({outcome:o.currentTarget.value}),children:[n("option",{value:"",children:"Any outcome"}),At.map(o=>n("option",{value:o,children:o.toLowerCase().replaceAll("_"," ")},o))]})]}),n("label",{children:["Findings since (year)",n("input",{name:"since",type:"number",inputMode:"numeric",min:1900,max:2100,step:1,placeholder:"Any year",value:t.since,onChange:o=>i(o.currentTarget.value)})]}),n("fieldset",{class:"kinds",children:[n("legend",{children:"Kinds (none ticked: all)"}),Rt.map(([o,l])=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.kinds.includes(o),onChange:u=>r({kinds:u.currentTarget.checked?[...t.kinds,o]:t.kinds.filter(d=>d!==o)})}),l]},o))]}),n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.unevidenced,onChange:o=>r({unevidenced:o.currentTarget.checked})}),"Include strategies with no evidence"]})]}),a.length===0?n(b,{children:"Choose an industry (and, if you like, a jurisdiction) to see which strategies worked there."}):n(P,{state:s,what:"the ranking",children:o=>n(Cn,{results:o.whatWorked??[],filters:t,names:o.nodes,onIncludeUnevidenced:()=>r({unevidenced:!0})})})]})}function Cn({results:e,filters:t,names:r,onIncludeUnevidenced:i}){let a=d=>r.find(p=>p?.id===d)?.name??d,s=[t.industry?a(t.industry):"",t.jurisdiction?`in ${a(t.jurisdiction)}`:""].filter(Boolean).join(" "),o=t.minEvidence!==""||t.outcome!==""||t.since!==""||t.kinds.length>0;if(e.length===0)return n("div",{class:"empty-state",children:[n(b,{children:["No strategy has evidence for ",s,o?" with these filters":"","."]}),t.unevidenced?n("p",{children:[o?"Try fewer filters: ":"","no strategy is recorded as applied here."]}):n("p",{children:["Strategies applied here without evidence are hidden. ",n("button",{type:"button",onClick:i,children:"Include strategies with no evidence"})]})]});let l=new Map;for(let d of e)l.set(d.verdict,(l.get(d.verdict)??0)+1);let u=l.get("WORKED")??0;return n(_,{children:[n("p",{class:"summary",role:"status",children:[e.length,e.length===wn?" (the first 100)":""," strategies for ",n("strong",{children:s}),":"," ",u," with evidence that they worked, ",l.get("ADOPTED_ONLY")??0," adopted with no effect measured",t.unevidenced?`, ${l.get("NO_EVIDENCE")??0} with no evidence`:"","."]}),n("table",{class:"strategy-table ranking",children:[n("caption",{children:["Strategies for ",s,", ranked by effect evidence (score, then confidence)"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Rank"}),n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:"Verdict and reason"}),n("th",{scope:"col",children:"Effect evidence"}),n("th",{scope:"col",children:"Adoption and other findings (not evidence of an effect)"})]})}),n("tbody",{children:e.map((d,p)=>n("tr",{"data-id":d.strategy.id,children:[n("td",{"data-label":"Rank",class:"rank",children:p+1}),n("th",{scope:"row","data-label":"Strategy",children:n(W,{id:d.strategy.id,name:d.strategy.name})}),n("td",{"data-label":"Verdict",children:[n(B,{verdict:d.verdict}),n("p",{class:"reason",children:d.explanation})]}),n("td",{"data-label":"Effect evidence",children:[n("p",{children:z(d.effects)}),d.bestEvidence||d.bestDesign?n("p",{class:"badges",children:["Best evidence ",d.bestEvidence?n(Y,{kind:"strength",value:d.bestEvidence}):null,d.bestDesign?n(_,{children:[" from a ",n(Y,{kind:"design",value:d.bestDesign})," design"]}):null]}):null,d.effects.total>0?n("p",{class:"numbers",children:["Score ",d.score.toFixed(3),", confidence ",d.confidence.toFixed(3),d.newestYear?`, newest ${d.newestYear}`:""]}):null,d.weaklySourced>0?n("p",{class:"note",children:[d.weaklySourced," rest only on self-published or secondary sources."]}):null,d.sharedFindings>0?n("p",{class:"note",children:[d.sharedFindings," shared with other strategies of the same interventions."]}):null]}),n("td",{"data-label":"Adoption (not evidence)",children:[n("p",{children:d.adoption.summary}),H(d.findingKinds)?n("p",{class:"note",children:["Other findings: ",H(d.findingKinds),"."]}):null]})]},d.strategy.id))})]}),n("p",{class:"hint",children:["Open a strategy for its evidence card: every finding with its design, strength and sources.",t.industry?n(_,{children:[" See also what ",n("a",{href:h("transfer",void 0,{industry:t.industry}),children:"worked elsewhere under the same risks"}),", or ",n("a",{href:h("compare",void 0,{a:t.industry}),children:"compare with another industry"}),"."]}):null]})]})}var Sn=[["search","Search"],["graph","Graph"],["path","Paths"],["gaps","Gap map"],["worked","What worked"],["compare","Compare"],["transfer","Transfer"]];function Lt(){let e=dt();return V(()=>{document.querySelector(".page-title")?.focus({preventScroll:!0})},[e.view,e.id]),n(_,{children:[n("a",{class:"skip-link",href:"#main",onClick:t=>{t.preventDefault(),document.getElementById("main")?.focus()},children:"Skip to content"}),n("header",{class:"site-header",children:[n("a",{class:"brand",href:h("home"),children:"KnowledgeGraph explorer"}),n("nav",{"aria-label":"Views",children:n("ul",{children:Sn.map(([t,r])=>n("li",{children:n("a",{href:h(t),"aria-current":e.view===t||t==="search"&&e.view==="node"?"page":void 0,children:r})},t))})})]}),n("main",{id:"main",tabIndex:-1,children:n(Nn,{route:e})}),n("footer",{class:"site-footer",children:["Read from this server's ",n("a",{href:"../graphql",children:"GraphQL API"}),". ",n("a",{href:"THIRD-PARTY-NOTICES.txt",children:"Third-party notices"}),"."]})]})}function Nn({route:e}){switch(e.view){case"search":return n(Dt,{route:e});case"node":return n(St,{route:e});case"graph":return n(Tt,{route:e});case"path":return n(Nt,{route:e});case"gaps":return n(It,{route:e});case"worked":return n(Vt,{route:e});case"compare":return n(wt,{route:e});case"transfer":return n(Ot,{route:e});default:return n(Ct,{})}}var Pt=document.getElementById("app");Pt.replaceChildren();Je(n(Lt,{}),Pt);

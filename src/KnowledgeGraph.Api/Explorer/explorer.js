var ke,b,pn,Ot,H,dn,gn,mn,Re,ye,ce,fn,Le,Fe,Pe,Dt,be={},_e=[],$t=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,we=Array.isArray;function z(e,t){for(var r in t)e[r]=t[r];return e}function Ke(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function At(e,t,r){var i,o,s,a={};for(s in t)s=="key"?i=t[s]:s=="ref"?o=t[s]:a[s]=t[s];if(arguments.length>2&&(a.children=arguments.length>3?ke.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)a[s]===void 0&&(a[s]=e.defaultProps[s]);return he(e,a,i,o,null)}function he(e,t,r,i,o){var s={type:e,props:t,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++pn,__i:-1,__u:0};return o==null&&b.vnode!=null&&b.vnode(s),s}function y(e){return e.children}function ve(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?ee(e):null}function Rt(e){if(e.__P&&e.__d){var t=e.__v,r=t.__e,i=[],o=[],s=z({},t);s.__v=t.__v+1,b.vnode&&b.vnode(s),Me(e.__P,s,t,e.__n,e.__P.namespaceURI,32&t.__u?[r]:null,i,r??ee(t),!!(32&t.__u),o),s.__v=t.__v,s.__.__k[s.__i]=s,_n(i,s,o),t.__e=t.__=null,s.__e!=r&&yn(s)}}function yn(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),yn(e)}function ln(e){(!e.__d&&(e.__d=!0)&&H.push(e)&&!Ee.__r++||dn!=b.debounceRendering)&&((dn=b.debounceRendering)||gn)(Ee)}function Ee(){try{for(var e,t=1;H.length;)H.length>t&&H.sort(mn),e=H.shift(),t=H.length,Rt(e)}finally{H.length=Ee.__r=0}}function hn(e,t,r,i,o,s,a,d,u,l,p){var f,c,g,_,F,S,I=i&&i.__k||_e,v=t.length;for(u=Ft(r,t,I,u,v),f=0;f<v;f++)(g=r.__k[f])!=null&&(c=g.__i!=-1&&I[g.__i]||be,g.__i=f,S=Me(e,g,c,o,s,a,d,u,l,p),_=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&Ve(c.ref,null,g),p.push(g.ref,g.__c||_,g)),F==null&&_!=null&&(F=_),4&g.__u?(u=vn(g,u,e),c.__e&&(c.__e=null)):typeof g.type=="function"&&S!==void 0?u=S:_&&(u=_.nextSibling),g.__u&=-7);return r.__e=F,u}function Ft(e,t,r,i,o){var s,a,d,u,l,p=r.length,f=p,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(a=t[s])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[s]=he(null,a,null,null,null):we(a)?a=e.__k[s]=he(y,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[s]=he(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[s]=a,u=s+c,a.__=e,a.__b=e.__b+1,d=null,(l=a.__i=Pt(a,r,u,f))!=-1&&(f--,(d=r[l])&&(d.__u|=2)),d==null||d.__v==null?(l==-1&&(o>p?c--:o<p&&c++),typeof a.type!="function"&&(a.__u|=4)):l!=u&&(l==u-1?c--:l==u+1?c++:(l>u?c--:c++,a.__u|=4))):e.__k[s]=null;if(f)for(s=0;s<p;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=ee(d)),kn(d,d));return i}function vn(e,t,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,t=vn(i[o],t,r));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=ee(e)),t=r.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Pt(e,t,r,i){var o,s,a,d=e.key,u=e.type,l=t[r],p=l!=null&&(2&l.__u)==0;if(l===null&&d==null||p&&d==l.key&&u==l.type)return r;if(i>(p?1:0)){for(o=r-1,s=r+1;o>=0||s<t.length;)if((l=t[a=o>=0?o--:s++])!=null&&(2&l.__u)==0&&d==l.key&&u==l.type)return a}return-1}function cn(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||$t.test(t)?r:r+"px"}function fe(e,t,r,i,o){var s,a;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(t in i)r&&t in r||cn(e.style,t,"");if(r)for(t in r)i&&r[t]==i[t]||cn(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")s=t!=(t=t.replace(fn,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+s]=r,r?i?r[ce]=i[ce]:(r[ce]=Le,e.addEventListener(t,s?Pe:Fe,s)):e.removeEventListener(t,s?Pe:Fe,s);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function un(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t[ye]==null)t[ye]=Le++;else if(t[ye]<r[ce])return;return r(b.event?b.event(t):t)}}}function Me(e,t,r,i,o,s,a,d,u,l){var p,f,c,g,_,F,S,I,v,m,O,D,P,$,q,Z,K=t.type;if(t.constructor!==void 0)return null;128&r.__u&&(u=!!(32&r.__u),s=[d=t.__e=r.__e]),(p=b.__b)&&p(t);e:if(typeof K=="function"){f=a.length;try{if(v=t.props,m=K.prototype&&K.prototype.render,O=(p=K.contextType)&&i[p.__c],D=p?O?O.props.value:p.__:i,r.__c?I=(c=t.__c=r.__c).__=c.__E:(m?t.__c=c=new K(v,D):(t.__c=c=new ve(v,D),c.constructor=K,c.render=Kt),O&&O.sub(c),c.state||(c.state={}),c.__n=i,g=c.__d=!0,c.__h=[],c._sb=[]),m&&c.__s==null&&(c.__s=c.state),m&&K.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=z({},c.__s)),z(c.__s,K.getDerivedStateFromProps(v,c.__s))),_=c.props,F=c.state,c.__v=t,g)m&&K.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),m&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(m&&K.getDerivedStateFromProps==null&&v!==_&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(v,D),t.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(v,c.__s,D)===!1){t.__v!=r.__v&&(c.props=v,c.state=c.__s,c.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(B){B&&(B.__=t)}),_e.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&a.push(c),d=ee(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(v,c.__s,D),m&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(_,F,S)})}if(c.context=D,c.props=v,c.__P=e,c.__e=!1,P=b.__r,$=0,m)c.state=c.__s,c.__d=!1,P&&P(t),p=c.render(c.props,c.state,c.context),_e.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,P&&P(t),p=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++$<25);c.state=c.__s,c.getChildContext!=null&&(i=z(z({},i),c.getChildContext())),m&&!g&&c.getSnapshotBeforeUpdate!=null&&(S=c.getSnapshotBeforeUpdate(_,F)),q=p!=null&&p.type===y&&p.key==null?En(p.props.children):p,d=hn(e,we(q)?q:[q],t,r,i,o,s,a,d,u,l),c.base=t.__e,t.__u&=-161,c.__h.length&&a.push(c),I&&(c.__E=c.__=null)}catch(B){if(a.length=f,t.__v=null,u||s!=null){if(B.then){for(t.__u|=u?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),t.__e=d}else if(s!=null)for(Z=s.length;Z--;)Ke(s[Z])}else t.__e=r.__e;t.__k==null&&(t.__k=r.__k||[]),B.then||bn(t),b.__e(B,t,r)}}else s==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):d=t.__e=Lt(r.__e,t,r,i,o,s,a,u,l);return(p=b.diffed)&&p(t),128&t.__u?void 0:d}function bn(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(bn))}function _n(e,t,r){for(var i=0;i<r.length;i++)Ve(r[i],r[++i],r[++i]);b.__c&&b.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){b.__e(s,o.__v)}})}function En(e){return typeof e!="object"||e==null||e.__b>0?e:we(e)?e.map(En):e.constructor!==void 0?null:z({},e)}function Lt(e,t,r,i,o,s,a,d,u){var l,p,f,c,g,_,F,S=r.props||be,I=t.props,v=t.type;if(v=="svg"?o="http://www.w3.org/2000/svg":v=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((g=s[l])&&"setAttribute"in g==!!v&&(v?g.localName==v:g.nodeType==3)){e=g,s[l]=null;break}}if(e==null){if(v==null)return document.createTextNode(I);e=document.createElementNS(o,v,I.is&&I),d&&(b.__m&&b.__m(t,s),d=!1),s=null}if(v==null)S===I||d&&e.data==I||(e.data=I);else{if(s=v=="textarea"&&I.defaultValue!=null?null:s&&ke.call(e.childNodes),!d&&s!=null)for(S={},l=0;l<e.attributes.length;l++)S[(g=e.attributes[l]).name]=g.value;for(l in S)g=S[l],l=="dangerouslySetInnerHTML"?f=g:l=="children"||l in I||l=="value"&&"defaultValue"in I||l=="checked"&&"defaultChecked"in I||fe(e,l,null,g,o);for(l in I)g=I[l],l=="children"?c=g:l=="dangerouslySetInnerHTML"?p=g:l=="value"?_=g:l=="checked"?F=g:d&&typeof g!="function"||S[l]===g||fe(e,l,g,S[l],o);if(p)d||f&&(p.__html==f.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(f&&(e.innerHTML=""),hn(t.type=="template"?e.content:e,we(c)?c:[c],t,r,i,v=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,a,s?s[0]:r.__k&&ee(r,0),d,u),s!=null)for(l=s.length;l--;)Ke(s[l]);d&&v!="textarea"||(l="value",v=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[l]||v=="progress"&&!_||v=="option"&&_!=S[l])&&fe(e,l,_,S[l],o),l="checked",F!=null&&F!=e[l]&&fe(e,l,F,S[l],o))}return e}function Ve(e,t,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(o){b.__e(o,r)}}function kn(e,t,r){var i,o;if(b.unmount&&b.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Ve(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){b.__e(s,t)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&kn(i[o],t,r||typeof e.type!="function");r||Ke(e.__e),e.__c=e.__=e.__e=void 0}function Kt(e,t,r){return this.constructor(e,r)}function wn(e,t,r){var i,o,s,a;t==document&&(t=document.documentElement),b.__&&b.__(e,t),o=(i=typeof r=="function")?null:r&&r.__k||t.__k,s=[],a=[],Me(t,e=(!i&&r||t).__k=At(y,null,[e]),o||be,be,t.namespaceURI,!i&&r?[r]:o?null:t.firstChild?ke.call(t.childNodes):null,s,!i&&r?r:o?o.__e:t.firstChild,i,a),_n(s,e,a),e.props.children=null}ke=_e.slice,b={__e:function(e,t,r,i){for(var o,s,a;t=t.__;)if((o=t.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),a=o.__d),a)return o.__E=o}catch(d){e=d}throw e}},pn=0,Ot=function(e){return e!=null&&e.constructor===void 0},ve.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},r),this.props)),e&&z(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),ln(this))},ve.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),ln(this))},ve.prototype.render=y,H=[],gn=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,mn=function(e,t){return e.__v.__b-t.__v.__b},Ee.__r=0,Re=Math.random().toString(8),ye="__d"+Re,ce="__a"+Re,fn=/(PointerCapture)$|Capture$/i,Le=0,Fe=un(!1),Pe=un(!0),Dt=0;var re,w,Ue,xn,Se=0,$n=[],C=b,Sn=C.__b,In=C.__r,Cn=C.diffed,Tn=C.__c,Nn=C.unmount,On=C.__;function Ie(e,t){C.__h&&C.__h(w,e,Se||t),Se=0;var r=w.__H||(w.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function k(e){return Se=1,Mt(Fn,e)}function Mt(e,t,r){var i=Ie(re++,2);if(i.t=e,!i.__c&&(i.__=[r?r(t):Fn(void 0,t),function(d){var u=i.__N?i.__N[0]:i.__[0],l=i.t(u,d);u!==l&&(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=w,!w.__f)){var o=function(d,u,l){if(!i.__c.__H)return!0;var p=!1,f=i.__c.props!==d;if(i.__c.__H.__.some(function(g){if(g.__N){p=!0;var _=g.__[0];g.__=g.__N,g.__N=void 0,_!==g.__[0]&&(f=!0)}}),s){var c=s.call(this,d,u,l);return p?c||f:c}return!p||f};w.__f=!0;var s=w.shouldComponentUpdate,a=w.componentWillUpdate;w.componentWillUpdate=function(d,u,l){if(this.__e){var p=s;s=void 0,o(d,u,l),s=p}a&&a.call(this,d,u,l)},w.shouldComponentUpdate=o}return i.__N||i.__}function A(e,t){var r=Ie(re++,3);!C.__s&&Rn(r.__H,t)&&(r.__=e,r.u=t,w.__H.__h.push(r))}function An(e){return Se=5,Ce(function(){return{current:e}},[])}function Ce(e,t){var r=Ie(re++,7);return Rn(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function ue(){var e=Ie(re++,11);if(!e.__){for(var t=w.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Vt(){for(var e;e=$n.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xe),t.__h.some(qe),t.__h=[]}catch(r){t.__h=[],C.__e(r,e.__v)}}}C.__b=function(e){w=null,Sn&&Sn(e)},C.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),On&&On(e,t)},C.__r=function(e){In&&In(e),re=0;var t=(w=e.__c).__H;t&&(Ue===w?(t.__h=[],w.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.some(xe),t.__h.some(qe),t.__h=[],re=0)),Ue=w},C.diffed=function(e){Cn&&Cn(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&($n.push(t)!==1&&xn===C.requestAnimationFrame||((xn=C.requestAnimationFrame)||Ut)(Vt)),t.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),Ue=w=null},C.__c=function(e,t){t.some(function(r){try{r.__h.some(xe),r.__h=r.__h.filter(function(i){return!i.__||qe(i)})}catch(i){t.some(function(o){o.__h&&(o.__h=[])}),t=[],C.__e(i,r.__v)}}),Tn&&Tn(e,t)},C.unmount=function(e){Nn&&Nn(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{xe(i)}catch(o){t=o}}),r.__H=void 0,t&&C.__e(t,r.__v))};var Dn=typeof requestAnimationFrame=="function";function Ut(e){var t,r=function(){clearTimeout(i),Dn&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(r,35);Dn&&(t=requestAnimationFrame(r))}function xe(e){var t=w,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),w=t}function qe(e){var t=w;e.__c=e.__(),w=t}function Rn(e,t){return!e||e.length!==t.length||t.some(function(r,i){return r!==e[i]})}function Fn(e,t){return typeof t=="function"?t(e):t}var qt=["home","search","node","graph","path","gaps","worked","compare","transfer"];function Pn(e){let t=e.replace(/^#\/?/,""),r=t.indexOf("?"),i=r<0?t:t.slice(0,r),o=new URLSearchParams(r<0?"":t.slice(r+1)),[s="",...a]=i.split("/"),d=qt.includes(s)?s:"home",u=a.length>0?Gt(a.join("/")):void 0;return u?{view:d,id:u,params:o}:{view:d,params:o}}function h(e,t,r){let i=new URLSearchParams;for(let[s,a]of Object.entries(r??{}))a===void 0||a===""||(typeof a=="string"?i.set(s,a):a.length>0&&i.set(s,a.join(",")));let o=i.toString();return`#/${e}${t?"/"+encodeURIComponent(t):""}${o?"?"+o:""}`}function G(e,t=!1){t?history.replaceState(null,"",e):location.hash=e,t&&window.dispatchEvent(new HashChangeEvent("hashchange"))}function Ln(){let[e,t]=k(()=>Pn(location.hash));return A(()=>{let r=()=>t(Pn(location.hash));return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function ie(e,t){return(e.get(t)??"").split(",").filter(r=>r!=="")}function Gt(e){try{return decodeURIComponent(e)}catch{return e}}var Kn=new URL("../graphql",location.href).toString(),Wt=6e3,We="knowledge-graph-explorer-key",L=class extends Error{constructor(r,i){super(r);this.code=i}code},Ge={UNAUTHENTICATED:"This graph is not open to anonymous readers: enter a reader key below.",FORBIDDEN:"The key given may not read this.",RATE_LIMITED:"Too many requests for now; wait a moment and try again.",BUDGET_EXCEEDED:"The request cost more than the budget left; wait a moment or narrow it.",NETWORK:"The explorer could not reach the API. Is the server running?",INTERNAL:"The server failed to answer this request."};function oe(){return sessionStorage.getItem(We)??""}function Mn(e){e?sessionStorage.setItem(We,e):sessionStorage.removeItem(We)}async function Y(e,t,r){let i=e.toString(),o={Accept:"application/graphql-response+json, application/json"},s=oe();s&&(o.Authorization=`Bearer ${s}`);let a=new URL(Kn);a.searchParams.set("query",i),t&&Object.keys(t).length>0&&a.searchParams.set("variables",JSON.stringify(t));let d;try{d=a.toString().length<=Wt?await fetch(a,{headers:o,signal:r}):await fetch(Kn,{method:"POST",headers:{...o,"Content-Type":"application/json"},body:JSON.stringify({query:i,variables:t}),signal:r})}catch(p){throw r?.aborted?p:new L(Ge.NETWORK,"NETWORK")}let u;try{u=await d.json()}catch{throw new L(`The API answered ${d.status} ${d.statusText} without a GraphQL result.`,`HTTP_${d.status}`)}let l=u.errors?.[0];if(l||u.data==null){let p=l?.extensions?.code??`HTTP_${d.status}`,f=l?.message??"The API answered without data.";throw new L(Ge[p]?`${Ge[p]} (${f})`:f,p)}return u.data}function M(e,t){let r=t===null?null:JSON.stringify(t),[i,o]=k({status:"loading"});return A(()=>{if(r===null)return;let s=new AbortController;return o({status:"loading"}),Y(e,JSON.parse(r),s.signal).then(a=>o({status:"done",data:a}),a=>{s.signal.aborted||o({status:"error",error:a instanceof L?a:new L(String(a),"CLIENT")})}),()=>s.abort()},[e,r]),i}var V=class extends String{__apiType;value;__meta__;constructor(t,r){super(t),this.value=t,this.__meta__=r}toString(){return this.value}},Vn=new V(`
    fragment EvidenceFinding on Finding {
  id
  summary
  kind
  effect
  evidenceKind
  evidenceStrength
  year
  sourcing
  sourcingNote
  sources(first: 20) {
    nodes {
      id
      title
      url
      type
      kind
      publisher
      publishedOn
    }
  }
}
    `,{fragmentName:"EvidenceFinding"}),Un=new V(`
    query ExplorerIndustries {
  industries(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),qn=new V(`
    query ExplorerJurisdictions {
  jurisdictions(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),Gn=new V(`
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
    `),Wn=new V(`
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
    `),Bn=new V(`
    query ExplorerGapCellFindings($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Finding {
      kind
      evidenceKind
      evidenceStrength
      effect
      summary
      year
      sourcing
      intervention {
        id
        name
      }
    }
  }
}
    `),zn=new V(`
    query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {
  evidenceMap(rows: $rows, columns: $columns, filter: $filter) {
    gapCount
    rows {
      id
      name
    }
    columns {
      id
      name
    }
    cells {
      row
      column
      isGap
      bestDesign
      bestEvidence
      weaklySourced
      findingIds
      findingKinds {
        effect
        adoption
        prevalence
        process
        total
      }
      effects {
        positive
        negative
        mixed
        noEffect
        inconclusive
        total
      }
    }
  }
}
    `),Qn=new V(`
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
    `),Hn=new V(`
    query ExplorerNode($id: ID!, $strategy: Boolean!) {
  node(id: $id) {
    __typename
    id
    ... on Industry {
      name
      description
      naicsCode
      riskFactors
    }
    ... on Organization {
      name
      description
      organizationKind: kind
      founded
      website
    }
    ... on Person {
      name
      description
    }
    ... on Tactic {
      name
      description
      tacticCategory: category
    }
    ... on PolicyLever {
      name
      description
      leverKind: kind
    }
    ... on Intervention {
      name
      description
      status
      legalStatus
      startYear
      endYear
      proposedOn
      enactedOn
      inForceOn
      endedOn
    }
    ... on Jurisdiction {
      name
      code
      level
    }
    ... on Outcome {
      name
      description
      outcomeCategory: category
    }
    ... on Finding {
      summary
      findingKind: kind
      effect
      evidenceKind
      evidenceStrength
      measure
      value
      baseline
      year
      sourcing
      sourcingNote
      sources(first: 50) {
        totalCount
        nodes {
          id
          title
          url
          type
          kind
          publisher
          publishedOn
        }
      }
    }
    ... on Source {
      title
      url
      type
      sourceKind: kind
      publisher
      publishedOn
      primary
      quote
      note
    }
  }
  neighborhood(id: $id, depth: 1, limit: 300) {
    truncated
    nodes {
      __typename
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
    edges {
      id
      type
      from
      to
      properties {
        name
        value
      }
    }
  }
  strategyEvidence(id: $id) @include(if: $strategy) {
    kind
    verdict
    score
    confidence
    explanation
    weaklySourced
    sharedFindings
    appliedInScope
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
      summary
    }
    sharedWith {
      id
      name
    }
    findings {
      ...EvidenceFinding
    }
    adoptions {
      ...EvidenceFinding
    }
    prevalence {
      ...EvidenceFinding
    }
    process {
      ...EvidenceFinding
    }
  }
}
    fragment EvidenceFinding on Finding {
  id
  summary
  kind
  effect
  evidenceKind
  evidenceStrength
  year
  sourcing
  sourcingNote
  sources(first: 20) {
    nodes {
      id
      title
      url
      type
      kind
      publisher
      publishedOn
    }
  }
}`),Yn=new V(`
    query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {
  searchConnection(text: $text, labels: $labels, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      score
      snippet
      node {
        __typename
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
}
    `),jn=new V(`
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
    `),Jn=new V(`
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
    `);var zt={"\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":Un,"\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":qn,"\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n":Gn,"\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n":Wn,"\n  fragment EvidenceFinding on Finding {\n    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote\n    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }\n  }\n":Vn,"\n  query ExplorerGapCellFindings($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Finding {\n        kind evidenceKind evidenceStrength effect summary year sourcing\n        intervention { id name }\n      }\n    }\n  }\n":Bn,"\n  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {\n    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {\n      gapCount\n      rows { id name }\n      columns { id name }\n      cells {\n        row column isGap bestDesign bestEvidence weaklySourced findingIds\n        findingKinds { effect adoption prevalence process total }\n        effects { positive negative mixed noEffect inconclusive total }\n      }\n    }\n  }\n":zn,"\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n":Qn,"\n  query ExplorerNode($id: ID!, $strategy: Boolean!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Industry { name description naicsCode riskFactors }\n      ... on Organization { name description organizationKind: kind founded website }\n      ... on Person { name description }\n      ... on Tactic { name description tacticCategory: category }\n      ... on PolicyLever { name description leverKind: kind }\n      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }\n      ... on Jurisdiction { name code level }\n      ... on Outcome { name description outcomeCategory: category }\n      ... on Finding {\n        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote\n        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }\n      }\n      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }\n    }\n    neighborhood(id: $id, depth: 1, limit: 300) {\n      truncated\n      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id type from to properties { name value } }\n    }\n    strategyEvidence(id: $id) @include(if: $strategy) {\n      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { summary }\n      sharedWith { id name }\n      findings { ...EvidenceFinding }\n      adoptions { ...EvidenceFinding }\n      prevalence { ...EvidenceFinding }\n      process { ...EvidenceFinding }\n    }\n  }\n":Hn,"\n  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {\n    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        score\n        snippet\n        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      }\n    }\n  }\n":Yn,"\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n":jn,"\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n":Jn};function x(e){return zt[e]??{}}var j=[{label:"INDUSTRY",name:"Industry",plural:"Industries",prefix:"industry",colour:"#1f5f99"},{label:"ORGANIZATION",name:"Organization",plural:"Organizations",prefix:"org",colour:"#6b3fa0"},{label:"PERSON",name:"Person",plural:"People",prefix:"person",colour:"#8a4b08"},{label:"TACTIC",name:"Tactic",plural:"Tactics",prefix:"tactic",colour:"#0f6e5a"},{label:"POLICY_LEVER",name:"Policy lever",plural:"Policy levers",prefix:"lever",colour:"#9c2f5e"},{label:"INTERVENTION",name:"Intervention",plural:"Interventions",prefix:"intervention",colour:"#b3261e"},{label:"JURISDICTION",name:"Jurisdiction",plural:"Jurisdictions",prefix:"jurisdiction",colour:"#4d5b12"},{label:"FINDING",name:"Finding",plural:"Findings",prefix:"finding",colour:"#205e6e"},{label:"OUTCOME",name:"Outcome",plural:"Outcomes",prefix:"outcome",colour:"#5c4a1e"},{label:"SOURCE",name:"Source",plural:"Sources",prefix:"source",colour:"#4a4f57"}],Qt=new Map(j.map(e=>[e.label,e])),Ht=new Map(j.map(e=>[e.prefix,e])),Yt=new Map(j.map(e=>[e.name.replace(" ",""),e]));function Xn(e){return Qt.get(e)??j[0]}function ne(e){return Ht.get(e.slice(0,e.indexOf(":")))}function Zn(e){return Yt.get(e)}var jt=0;function n(e,t,r,i,o,s){t||(t={});var a,d,u=t;if("ref"in u)for(d in u={},t)d=="ref"?a=t[d]:u[d]=t[d];var l={type:e,props:u,key:r,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--jt,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(a=e.defaultProps))for(d in a)u[d]===void 0&&(u[d]=a[d]);return b.vnode&&b.vnode(l),l}var Jt=x(`
  query ExplorerIndustries {
    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),Xt=x(`
  query ExplorerJurisdictions {
    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),di=x(`
  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, labels: $labels, first: 8) {
      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    }
  }
`),Be=new Map;function et(e){let[t,r]=k({status:"loading"});return A(()=>{let i=Be.get(e);i||(i=e==="industries"?Y(Jt,{}).then(s=>s.industries.nodes):Y(Xt,{}).then(s=>s.jurisdictions.nodes),i.catch(()=>Be.delete(e)),Be.set(e,i));let o=!0;return i.then(s=>o&&r({status:"done",options:s}),s=>o&&r({status:"error",error:s instanceof L?s:new L(String(s),"CLIENT")})),()=>{o=!1}},[e]),t}function Q(e){return n(nt,{...e,state:et("industries")})}function Te(e){return n(nt,{...e,state:et("jurisdictions")})}function nt({label:e,value:t,onChange:r,none:i,state:o}){let s=ue();return n("label",{for:s,children:[e,n("select",{id:s,value:t,disabled:o.status!=="done",onChange:a=>r(a.currentTarget.value),children:[i!==void 0||!t?n("option",{value:"",children:i??"Choose…"}):null,o.status==="done"?o.options.map(a=>n("option",{value:a.id,children:a.name},a.id)):null,o.status==="loading"?n("option",{value:t,children:"Loading…"}):null,o.status==="error"?n("option",{value:t,children:["Could not load the list (",o.error.code,")"]}):null]})]})}function ae(e){return e.name??e.title??e.summary??e.id}function J({what:e}){return n("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}function X({error:e}){return n("div",{class:"error",role:"alert",children:[n("p",{children:[n("strong",{children:"Could not load this view."})," ",e.message]}),n("p",{class:"error-code",children:["Error code: ",n("code",{children:e.code})]}),e.code==="UNAUTHENTICATED"||e.code==="FORBIDDEN"?n(Zt,{}):null]})}function Zt(){let[e,t]=k(oe());return n("form",{class:"key-form",onSubmit:r=>{r.preventDefault(),Mn(e.trim()),location.reload()},children:[n("label",{for:"reader-key",children:"Reader key"}),n("input",{id:"reader-key",type:"password",autocomplete:"off",value:e,onInput:r=>t(r.currentTarget.value)}),n("button",{type:"submit",children:"Use this key"})]})}function E({children:e}){return n("p",{class:"empty",role:"status",children:e})}function W({state:e,what:t,children:r}){return e.status==="loading"?n(J,{what:t}):e.status==="error"?n(X,{error:e.error}):n(y,{children:r(e.data)})}function pe({label:e}){let t=Xn(e);return n("span",{class:`badge label-${t.prefix}`,children:t.name})}function R({id:e,name:t,badge:r=!0}){let i=ne(e);return n("span",{class:"node-link",children:[r&&i?n(pe,{label:i.label}):null,n("a",{href:h("node",e),children:t||e})]})}function T({value:e,kind:t}){return n("span",{class:`badge ${t} ${t}-${e.toLowerCase()}`,children:U(e)})}function U(e){return e.toLowerCase().replaceAll("_"," ")}function N({children:e}){return n("h1",{tabIndex:-1,class:"page-title",children:e})}var er={WORKED:"Worked",MIXED_EVIDENCE:"Mixed evidence",NO_EFFECT_FOUND:"No effect found",HARMFUL:"Harmful",INCONCLUSIVE:"Inconclusive",ADOPTED_ONLY:"Adopted, effect not measured",NO_EVIDENCE:"No evidence"},nr={WORKED:"Effect findings point to an effect in the wanted direction, none against it.",MIXED_EVIDENCE:"Effect findings disagree, or are mixed.",NO_EFFECT_FOUND:"Measured with a design that can show an absence, and nothing changed.",HARMFUL:"Effect findings point to harm or a backlash.",INCONCLUSIVE:"Effect findings exist, but none can tell whether it worked.",ADOPTED_ONLY:"Adopted (enacted, signed, funded), but no effect was measured: adoption is not evidence that it worked.",NO_EVIDENCE:"Applied, but nothing was measured: this is not evidence that it failed."},ze=["WORKED","MIXED_EVIDENCE","INCONCLUSIVE","NO_EFFECT_FOUND","HARMFUL","ADOPTED_ONLY","NO_EVIDENCE"];function tr(e){return er[e]??e}function se({verdict:e}){return n("span",{class:`verdict verdict-${e.toLowerCase().replaceAll("_","-")}`,title:nr[e],"data-verdict":e,children:tr(e)})}function ge(e){if(e.total===0)return"No effect finding";let t=[[e.positive,"positive"],[e.mixed,"mixed"],[e.negative,"negative"],[e.noEffect,"no effect"],[e.inconclusive,"inconclusive"]].filter(([r])=>r>0).map(([r,i])=>`${r} ${i}`);return`${e.total} effect finding${e.total===1?"":"s"}: ${t.join(", ")}`}function de(e){return[[e.adoption,"adoption"],[e.process,"process"],[e.prevalence,"prevalence"]].filter(([t])=>t>0).map(([t,r])=>`${t} ${r}`).join(", ")}function Qe(e){return e.toLowerCase().replaceAll("_"," ")}var rr=x(`
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
`);function tt({route:e}){let t=e.params.get("a")??"",r=e.params.get("b")??"",i=t!==""&&r!==""&&t!==r,o=M(rr,i?{industries:[t,r]}:null),s=a=>G(h("compare",void 0,a));return n("section",{class:"strategy-view",children:[n(N,{children:"Compare two industries"}),n("p",{class:"lead",children:"Which tactics and policy levers two industries share and which only one of them applies, with what the effect findings say in each. Adoption is counted apart and is never evidence that a strategy worked."}),n("form",{class:"filters","aria-label":"Industries to compare",onSubmit:a=>a.preventDefault(),children:[n(Q,{label:"First industry",value:t,onChange:a=>s({a,b:r})}),n(Q,{label:"Second industry",value:r,onChange:a=>s({a:t,b:a})}),n("button",{type:"button",disabled:!t&&!r,onClick:()=>s({a:r,b:t}),children:"Swap"})]}),i?n(W,{state:o,what:"the comparison",children:a=>a.compareStrategies?n(ir,{comparison:a.compareStrategies}):n(E,{children:"The API gave no comparison for these industries."})}):n(E,{children:t!==""&&t===r?"Choose two different industries.":"Choose two industries to compare their strategies."})]})}function ir({comparison:e}){let[t,r]=e.industries;if(!t||!r)return n(E,{children:"The API gave no comparison for these industries."});let i=e.strategies.filter(s=>s.sharedByAll),o=s=>e.strategies.filter(a=>!a.sharedByAll&&a.usedIn.some(d=>d.industry.id===s)).sort((a,d)=>ze.indexOf(me(a,s).verdict)-ze.indexOf(me(d,s).verdict));return n(y,{children:[n("h2",{id:"shared-heading",children:["Shared by both (",i.length,")"]}),i.length===0?n(E,{children:["No tactic or policy lever is applied in both ",t.name," and ",r.name,"."]}):n("table",{class:"strategy-table shared","aria-labelledby":"shared-heading",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:["In ",t.name]}),n("th",{scope:"col",children:["In ",r.name]})]})}),n("tbody",{children:i.map(s=>n("tr",{"data-id":s.strategy.id,children:[n("th",{scope:"row","data-label":"Strategy",children:n(R,{id:s.strategy.id,name:s.strategy.name})}),n("td",{"data-label":`In ${t.name}`,children:n(He,{use:me(s,t.id)})}),n("td",{"data-label":`In ${r.name}`,children:n(He,{use:me(s,r.id)})})]},s.strategy.id))})]}),n("h2",{children:"Only one of them"}),n("div",{class:"compare-columns",children:[t,r].map((s,a)=>{let d=o(s.id),u=`only-heading-${a}`;return n("section",{class:"compare-column","aria-labelledby":u,children:[n("h3",{id:u,children:["Only in ",n("a",{href:h("node",s.id),children:s.name})," (",d.length,")"]}),d.length===0?n(E,{children:"Every tactic and lever applied here is applied in the other industry too."}):n("table",{class:"strategy-table distinct","aria-labelledby":u,children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:"Verdict there"})]})}),n("tbody",{children:d.map(l=>n("tr",{"data-id":l.strategy.id,children:[n("th",{scope:"row","data-label":"Strategy",children:n(R,{id:l.strategy.id,name:l.strategy.name})}),n("td",{"data-label":"Verdict there",children:n(He,{use:me(l,s.id)})})]},l.strategy.id))})]})]},s.id)})}),n(or,{comparison:e})]})}function me(e,t){return e.usedIn.find(r=>r.industry.id===t)}function He({use:e}){if(!e)return n("span",{class:"muted",children:"Not applied"});let t=de(e.findingKinds);return n(y,{children:[n(se,{verdict:e.verdict}),n("p",{class:"counts",children:[ge(e.effects),t?`; not counted: ${t}`:"","."]})]})}function or({comparison:e}){let[t,r]=e.industries,i=e.byIndustry,o=[...new Set(i.flatMap(a=>a.outcomes.map(d=>d.category)))].sort();if(!t||!r||o.length===0)return null;let s=(a,d)=>{let u=i.find(p=>p.industry.id===a)?.outcomes.find(p=>p.category===d);if(!u)return n("span",{class:"muted",children:"No finding"});let l=de(u.findingKinds);return n(y,{children:[ge(u.effects),l?n("span",{class:"muted",children:["; not counted: ",l]}):null]})};return n(y,{children:[n("h2",{id:"outcomes-heading",children:"Findings by outcome category"}),n("table",{class:"strategy-table outcomes","aria-labelledby":"outcomes-heading",children:[n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Outcome category"}),n("th",{scope:"col",children:t.name}),n("th",{scope:"col",children:r.name})]})}),n("tbody",{children:o.map(a=>n("tr",{children:[n("th",{scope:"row","data-label":"Outcome category",children:U(a)}),n("td",{"data-label":t.name,children:s(t.id,a)}),n("td",{"data-label":r.name,children:s(r.id,a)})]},a))})]})]})}var Oe=[["TACTIC","Tactics"],["POLICY_LEVER","Policy levers"],["INTERVENTION","Interventions"]],De=[["INDUSTRY","Industries"],["OUTCOME_CATEGORY","Outcome categories"],["JURISDICTION","Jurisdictions"]],Ye=["ANECDOTAL","LIMITED","MODERATE","STRONG"],je=["EFFECT","ADOPTION","PREVALENCE","PROCESS"],Je=["SAFETY","REPORTING","ACCOUNTABILITY","AWARENESS","POLICY_CHANGE","ECONOMIC","WELLBEING"],$e=[{design:"SYSTEMATIC_REVIEW",code:"SysR",name:"systematic review",rank:9},{design:"RCT",code:"RCT",name:"randomized trial",rank:8},{design:"QUASI_EXPERIMENTAL",code:"QE",name:"quasi-experimental",rank:7},{design:"LONGITUDINAL",code:"Long",name:"longitudinal",rank:6},{design:"REPRESENTATIVE_SURVEY",code:"RepS",name:"representative survey",rank:5},{design:"CROSS_SECTIONAL_SURVEY",code:"XS",name:"cross-sectional survey",rank:4},{design:"ADMINISTRATIVE",code:"Adm",name:"administrative counts",rank:3},{design:"REVIEW",code:"Rev",name:"narrative review",rank:2},{design:"SELF_REPORTED",code:"Self",name:"self-reported",rank:1},{design:"ENACTMENT_ONLY",code:"Enact",name:"enactment only",rank:0}],rt=new Map($e.map(e=>[e.design,e]));function te(e){return rt.get(e)??{design:e,code:e,name:e.toLowerCase(),rank:0}}var ar={ANECDOTAL:1,LIMITED:2,MODERATE:3,STRONG:4};function Xe(e){return ar[e]??0}function Ne(e,t){return e!==null&&t.includes(e)?e:""}function it(e){let t=e.get("since")??"";return{rows:Ne(e.get("rows"),Oe.map(([r])=>r))||"TACTIC",columns:Ne(e.get("columns"),De.map(([r])=>r))||"INDUSTRY",industries:ie(e,"industries"),jurisdiction:e.get("jurisdiction")??"",outcomeCategory:Ne(e.get("outcomeCategory"),Je),minEvidence:Ne(e.get("minEvidence"),Ye),since:/^\d{4}$/.test(t)?t:"",findingKinds:ie(e,"findingKinds").filter(r=>je.includes(r)),designs:ie(e,"designs").filter(r=>rt.has(r)),cell:e.get("cell")??""}}function Ze(e,t=!0){return{rows:e.rows,columns:e.columns,industries:e.industries,jurisdiction:e.jurisdiction,outcomeCategory:e.outcomeCategory,minEvidence:e.minEvidence,since:e.since,findingKinds:e.findingKinds,designs:e.designs,cell:t?e.cell:""}}function ot(e){let t={};return e.industries.length>0&&(t.industries=[...e.industries]),e.jurisdiction&&(t.jurisdiction=e.jurisdiction),e.outcomeCategory&&(t.outcomeCategory=e.outcomeCategory),e.minEvidence&&(t.minEvidence=e.minEvidence),e.since&&(t.since=Number(e.since)),e.findingKinds.length>0&&(t.findingKinds=[...e.findingKinds]),e.designs.length>0&&(t.designs=[...e.designs]),Object.keys(t).length>0?t:null}function at(e){let t=new URLSearchParams;for(let[r,i]of Object.entries(Ze(e,!1))){let o=typeof i=="string"?i:i.join(",");o&&t.set(r,o)}return`../export/evidence-map.csv?${t.toString()}`}function le(e){return e.isGap?e.findingKinds.total>0?"other":"empty":"evidence"}function Ae(e,t,r=t+"s"){return`${e} ${e===1?t:r}`}function en(e){let t=e.findingKinds;return[[t.adoption,"adoption"],[t.process,"process"],[t.prevalence,"prevalence"]].filter(([r])=>r>0).map(([r,i])=>`${r} ${i}`).join(", ")}function nn(e){switch(le(e)){case"empty":return"gap, no findings";case"other":return`gap, ${e.findingKinds.total} other ${e.findingKinds.total===1?"finding":"findings"}, none on effect (${en(e)})`;default:{let t=e.bestDesign?te(e.bestDesign):null;return`best design ${t?`${t.code} (${t.name})`:"unknown"}, ${Ae(e.findingKinds.total,"finding")}, ${e.findingKinds.effect} on effect`}}}var sr=x(`
  query ExplorerGapCellFindings($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Finding {
        kind evidenceKind evidenceStrength effect summary year sourcing
        intervention { id name }
      }
    }
  }
`),st=100;function dr(e){let[t,r]=k({status:"loading"}),i=e.join(",");return A(()=>{if(e.length===0){r({status:"done",findings:[]});return}let o=new AbortController;r({status:"loading"});let s=[];for(let a=0;a<e.length;a+=st)s.push(e.slice(a,a+st));return Promise.all(s.map(a=>Y(sr,{ids:a},o.signal))).then(a=>r({status:"done",findings:a.flatMap(d=>d.nodes).filter(d=>d!=null&&"kind"in d).sort(lr)}),a=>{o.signal.aborted||r({status:"error",error:a instanceof L?a:new L(String(a),"CLIENT")})}),()=>o.abort()},[i]),t}function lr(e,t){return te(t.evidenceKind).rank-te(e.evidenceKind).rank||Xe(t.evidenceStrength)-Xe(e.evidenceStrength)||(t.year??0)-(e.year??0)||e.id.localeCompare(t.id)}function lt({cell:e,row:t,column:r,description:i,onClose:o}){let s=dr(e.findingIds),a=An(null);A(()=>{a.current?.focus({preventScroll:!1})},[]);let d=le(e),u=e.effects;return n("section",{class:"gap-panel","aria-labelledby":"gap-panel-title",children:[n("div",{class:"gap-panel-head",children:[n("h2",{id:"gap-panel-title",tabIndex:-1,ref:a,children:[t.name," × ",r.name]}),n("button",{type:"button",class:"gap-close",onClick:o,children:["Close",n("span",{class:"visually-hidden",children:" this cell"})]})]}),n("p",{class:"gap-panel-summary",children:[i.charAt(0).toUpperCase()+i.slice(1),"."]}),d==="evidence"?n("p",{children:["Effect findings: ",u.positive," positive, ",u.negative," negative, ",u.mixed," mixed, ",u.noEffect," no effect,"," ",u.inconclusive," inconclusive. Best evidence: ",e.bestEvidence?e.bestEvidence.toLowerCase():"—",e.bestDesign?`, from a ${te(e.bestDesign).name} design`:"",".",e.weaklySourced>0?` ${e.weaklySourced} of the effect findings rest only on self-published or secondary sources.`:""]}):n("p",{class:"gap-panel-gap",children:[n("strong",{children:"A gap:"})," no finding here measures an effect, so whether it worked here is unknown",d==="other"?`, whatever the ${en(e)} finding(s) below say`:"","."]}),n("p",{class:"gap-panel-links",children:[n(R,{id:t.id,name:t.name}),r.id.includes(":")?n(y,{children:[" · ",n(R,{id:r.id,name:r.name})]}):null]}),s.status==="loading"?n(J,{what:"the cell's findings"}):null,s.status==="error"?n(X,{error:s.error}):null,s.status==="done"?n(cr,{findings:s.findings}):null]})}function cr({findings:e}){if(e.length===0)return n("p",{class:"empty",children:"No findings in this cell."});let t=e.filter(i=>i.kind==="EFFECT"),r=e.filter(i=>i.kind!=="EFFECT");return n(y,{children:[t.length>0?n(y,{children:[n("h3",{children:["Effect findings (",t.length,")"]}),n("ul",{class:"gap-findings",children:t.map(i=>n(dt,{finding:i},i.id))})]}):null,r.length>0?n(y,{children:[n("h3",{children:["Other findings (",r.length,"): what was adopted, done or found common — not evidence of effect"]}),n("ul",{class:"gap-findings",children:r.map(i=>n(dt,{finding:i},i.id))})]}):null]})}function dt({finding:e}){return n("li",{class:"gap-finding",children:[n("div",{class:"gap-badges",children:[n(T,{value:e.kind,kind:"kind"}),e.effect?n(T,{value:e.effect,kind:"effect"}):null,n(T,{value:e.evidenceKind,kind:"design"}),n(T,{value:e.evidenceStrength,kind:"strength"}),e.year?n("span",{class:"gap-year",children:e.year}):null]}),n("p",{class:"gap-finding-summary",children:n("a",{href:h("node",e.id),children:e.summary})}),e.intervention?n("p",{class:"gap-finding-about",children:["About ",n(R,{id:e.intervention.id,name:e.intervention.name})]}):null]})}var ur=x(`
  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {
    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {
      gapCount
      rows { id name }
      columns { id name }
      cells {
        row column isGap bestDesign bestEvidence weaklySourced findingIds
        findingKinds { effect adoption prevalence process total }
        effects { positive negative mixed noEffect inconclusive total }
      }
    }
  }
`);function ct({route:e}){let t=it(e.params),r={rows:t.rows,columns:t.columns,filter:ot(t)},i=M(ur,r),o=JSON.stringify(r),[s,a]=k("");A(()=>{i.status==="done"&&a(o)},[i]);let d=(u,l=!0)=>G(h("gaps",void 0,Ze({...t,...u})),l);return n("section",{class:"gap-map",children:[n(N,{children:"Evidence gap map"}),n("p",{class:"lead",children:["Where is there evidence of what worked, and where is it missing? A cell is coloured by the best study design among its ",n("strong",{children:"effect"})," findings; a hatched cell holds only adoption, process or prevalence findings, which say what was done there, not whether it worked: it is still a gap."]}),n(gr,{params:t,go:d}),n(pr,{href:at(t)}),n(W,{state:i,what:"the evidence map",children:u=>u.evidenceMap?n(yr,{map:u.evidenceMap,params:t,go:d,shown:s}):n(E,{children:"The API answered without a map."})})]})}function pr({href:e}){let[t,r]=k(""),i=async()=>{r("");try{let o=await fetch(new URL(e,location.href),{headers:{Authorization:`Bearer ${oe()}`}});if(!o.ok){let d=await o.json().catch(()=>null);r(`The download was refused (${o.status}): ${d?.errors?.[0]?.message??o.statusText}`);return}let s=URL.createObjectURL(await o.blob()),a=document.createElement("a");a.href=s,a.download=/filename="([^"]+)"/.exec(o.headers.get("Content-Disposition")??"")?.[1]??"evidence-map.csv",a.click(),setTimeout(()=>URL.revokeObjectURL(s),1e4)}catch{r("The explorer could not reach the API for the download. Is the server running?")}};return n(y,{children:[n("p",{class:"gap-download",children:[n("a",{href:e,download:!0,onClick:o=>{oe()&&(o.preventDefault(),i())},children:"Download this map as CSV"})," ","(one line per cell, the same filters)."]}),t?n("p",{class:"error",role:"alert",children:t}):null]})}function gr({params:e,go:t}){let[r]=k(e.findingKinds.length+e.designs.length>0),i=(o,s,a)=>a?[...o.filter(d=>d!==s),s]:o.filter(d=>d!==s);return n("form",{class:"filters gap-filters","aria-label":"Map and filters",onSubmit:o=>o.preventDefault(),children:[n("label",{children:["Rows",n("select",{value:e.rows,onChange:o=>t({rows:o.currentTarget.value,cell:""}),children:Oe.map(([o,s])=>n("option",{value:o,children:s},o))})]}),n("label",{children:["Columns",n("select",{value:e.columns,onChange:o=>t({columns:o.currentTarget.value,cell:""}),children:De.map(([o,s])=>n("option",{value:o,children:s},o))})]}),n("label",{children:["Minimum strength",n("select",{value:e.minEvidence,onChange:o=>t({minEvidence:o.currentTarget.value}),children:[n("option",{value:"",children:"Any"}),Ye.map(o=>n("option",{value:o,children:U(o)},o))]})]}),n("label",{children:["Outcome category",n("select",{value:e.outcomeCategory,onChange:o=>t({outcomeCategory:o.currentTarget.value}),children:[n("option",{value:"",children:"Any"}),Je.map(o=>n("option",{value:o,children:U(o)},o))]})]}),n(Q,{label:"Industry",none:"Any industry",value:e.industries.length===1?e.industries[0]:"",onChange:o=>t({industries:o?[o]:[]})}),n(Te,{label:"Jurisdiction (and inside it)",none:"Any jurisdiction",value:e.jurisdiction,onChange:o=>t({jurisdiction:o})}),n("label",{children:["Since year",n("input",{type:"number",min:1900,max:2100,step:1,inputMode:"numeric",class:"gap-since",value:e.since,onChange:o=>{let s=o.currentTarget.value.trim();t({since:/^\d{4}$/.test(s)?s:""})}})]}),n("details",{class:"gap-more",open:r,children:[n("summary",{children:["Finding kinds and study designs",e.findingKinds.length+e.designs.length>0?` (${e.findingKinds.length+e.designs.length} ticked)`:""]}),n("fieldset",{class:"gap-checks",children:[n("legend",{children:"Finding kinds (none ticked: all)"}),je.map(o=>n("label",{class:"gap-check",children:[n("input",{type:"checkbox",checked:e.findingKinds.includes(o),onChange:s=>t({findingKinds:i(e.findingKinds,o,s.currentTarget.checked)})}),U(o)]},o))]}),n("fieldset",{class:"gap-checks",children:[n("legend",{children:"Study designs (none ticked: all)"}),$e.map(({design:o,name:s})=>n("label",{class:"gap-check",children:[n("input",{type:"checkbox",checked:e.designs.includes(o),onChange:a=>t({designs:i(e.designs,o,a.currentTarget.checked)})}),s]},o))]})]}),n("a",{class:"gap-reset",href:h("gaps",void 0,{rows:e.rows,columns:e.columns}),children:"Clear filters"})]})}function mr(e,t){return e==="OUTCOME_CATEGORY"?fr(U(t.name)):t.name}function fr(e){return e.charAt(0).toUpperCase()+e.slice(1)}function yr({map:e,params:t,go:r,shown:i}){let o=Ce(()=>e.columns.map(m=>({...m,name:mr(t.columns,m)})),[e,t.columns]),s=Ce(()=>new Map(e.cells.map(m=>[`${m.row}|${m.column}`,m])),[e]),[a,d]=t.cell.split("|"),u=e.rows.findIndex(m=>m.id===a),l=o.findIndex(m=>m.id===d),[p,f]=k([Math.max(u,0),Math.max(l,0)]);if(A(()=>{u>=0&&l>=0&&f([u,l])},[u,l]),e.rows.length===0||o.length===0)return n(E,{children:["This map has no ",e.rows.length===0?"rows":"columns"," with these filters."]});let c=e.cells.map(le),g=c.filter(m=>m==="evidence").length,_=c.filter(m=>m==="other").length,F=Oe.find(([m])=>m===t.rows)?.[1]??"rows",S=De.find(([m])=>m===t.columns)?.[1]??"columns",I=(m,O,D)=>{let P=[e.rows.length-1,o.length-1],$=null;m.key==="ArrowRight"?$=[O,Math.min(D+1,P[1])]:m.key==="ArrowLeft"?$=[O,Math.max(D-1,0)]:m.key==="ArrowDown"?$=[Math.min(O+1,P[0]),D]:m.key==="ArrowUp"?$=[Math.max(O-1,0),D]:m.key==="Home"?$=m.ctrlKey?[0,0]:[O,0]:m.key==="End"&&($=m.ctrlKey?[P[0],P[1]]:[O,P[1]]),$&&(m.preventDefault(),f($),document.getElementById(`gap-cell-${$[0]}-${$[1]}`)?.focus())},v=u>=0&&l>=0?s.get(t.cell):void 0;return n(y,{children:[n("p",{class:"gap-summary",role:"status",children:[e.rows.length," ",F.toLowerCase()," × ",o.length," ",S.toLowerCase(),": ",Ae(g,"cell")," with evidence of effect, ",Ae(e.gapCount,"gap")," (",_," of them hold only adoption, process or prevalence findings)."]}),n(hr,{}),n("div",{class:"table-scroll gap-scroll",children:n("table",{class:"gap-table","data-query":i,children:[n("caption",{children:["Evidence gap map: ",F.toLowerCase()," by ",S.toLowerCase(),". Each cell is a button that lists its findings; arrow keys move between cells."]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",class:"gap-corner",children:[F," \\ ",S]}),o.map(m=>n("th",{scope:"col",class:"gap-col",children:m.name},m.id))]})}),n("tbody",{children:e.rows.map((m,O)=>n("tr",{children:[n("th",{scope:"row",class:"gap-row",children:m.name}),o.map((D,P)=>{let $=`${m.id}|${D.id}`,q=s.get($);if(!q)return n("td",{class:"gap-cell",children:"—"},D.id);let Z=le(q),K=q.bestDesign?te(q.bestDesign):null,B=`${m.name} × ${D.name}: ${nn(q)}`,sn=t.cell===$;return n("td",{class:`gap-cell gap-${Z}${K?` gap-rank-${K.rank}`:""}`,children:n("button",{type:"button",id:`gap-cell-${O}-${P}`,tabIndex:p[0]===O&&p[1]===P?0:-1,"aria-label":B,"aria-pressed":sn,title:B,onFocus:()=>f([O,P]),onKeyDown:Nt=>I(Nt,O,P),onClick:()=>r({cell:sn?"":$},!1),children:Z==="evidence"?n(y,{children:[n("span",{class:"gap-mark",children:K?.code})," ",n("span",{class:"gap-n",children:q.findingKinds.total})]}):Z==="other"?n(y,{children:[n("span",{class:"gap-mark",children:"gap"})," ",n("span",{class:"gap-n",children:[q.findingKinds.total," other"]})]}):n("span",{class:"gap-mark",children:"gap"})})},D.id)})]},m.id))})]})}),v?n(lt,{cell:v,row:e.rows[u],column:o[l],description:nn(v),onClose:()=>{r({cell:""},!1),document.getElementById(`gap-cell-${u}-${l}`)?.focus()}},t.cell):t.cell?n(E,{children:"The cell in the link is not on this map; choose another."}):null]})}function hr(){return n("div",{class:"gap-legend","aria-label":"Legend",children:[n("p",{class:"gap-legend-title",children:"Best study design among the cell's effect findings (darker is stronger), with its mark:"}),n("ul",{class:"gap-legend-list",children:[$e.filter(e=>e.rank>0).map(e=>n("li",{children:[n("span",{class:`gap-swatch gap-evidence gap-rank-${e.rank}`,"aria-hidden":"true",children:e.code})," ",e.name]},e.design)),n("li",{children:[n("span",{class:"gap-swatch gap-other","aria-hidden":"true",children:"gap"})," findings, but none on effect (adoption, process or prevalence only): still a gap"]}),n("li",{children:[n("span",{class:"gap-swatch gap-empty","aria-hidden":"true",children:"gap"})," no findings at all"]})]}),n("p",{class:"gap-legend-note",children:"The number in a cell counts all its findings, of every kind."})]})}function ut(e){return n("section",{children:[n(N,{children:"GraphView"}),n(E,{children:"This view is not built yet."})]})}var vr=x(`
  query ExplorerHome {
    stats {
      nodesByLabel { key count }
      findingsByKind { key count }
    }
  }
`);function pt(){let e=M(vr,{});return n("section",{children:[n(N,{children:"Which interventions worked where"}),n("p",{class:"lead",children:"Industries, organizations, tactics, policy levers, interventions and the findings and sources that evidence them. A finding says what kind of claim it is — an effect, an adoption, a prevalence figure — and on what design; adoption is never shown as proof that something worked."}),n("ul",{class:"view-list",children:[n("li",{children:[n("a",{href:h("search"),children:"Search"})," the graph and open any node's page and evidence."]}),n("li",{children:[n("a",{href:h("graph"),children:"Graph"}),": a node's neighbourhood as a picture, expanded by click."]}),n("li",{children:[n("a",{href:h("path"),children:"Paths"})," between two nodes, with the citation of each hop."]}),n("li",{children:[n("a",{href:h("gaps"),children:"Gap map"}),": strategies against industries, outcomes or places, coloured by the best design."]}),n("li",{children:[n("a",{href:h("worked"),children:"What worked"})," in an industry, ",n("a",{href:h("compare"),children:"compare"})," two industries, and ",n("a",{href:h("transfer"),children:"transfer"})," candidates."]})]}),n("h2",{children:"In this graph"}),n(W,{state:e,what:"the graph's counts",children:t=>t.stats?n("table",{class:"counts",children:[n("caption",{children:"Nodes by label"}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Label"}),n("th",{scope:"col",children:"Nodes"})]})}),n("tbody",{children:t.stats.nodesByLabel.map(r=>n("tr",{children:[n("th",{scope:"row",children:Zn(r.key)?.plural??r.key}),n("td",{children:r.count})]},r.key))})]}):null})]})}var ho=x(`
  fragment EvidenceFinding on Finding {
    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote
    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }
  }
`),br={WORKED:"Effect findings point to an effect in the wanted direction.",HARMFUL:"Effect findings point to harm or a backlash.",MIXED_EVIDENCE:"Effect findings disagree, or are mixed.",NO_EFFECT_FOUND:"Designs that could show a change found none: evidence of no effect.",INCONCLUSIVE:"Effect findings exist, but none can tell whether it worked.",ADOPTED_ONLY:"Adopted, but no effect was measured: adoption is not evidence that it worked.",NO_EVIDENCE:"Nobody measured anything: no effect or adoption finding."};function gt({evidence:e}){let{effects:t,findingKinds:r}=e,i=e.adoptions.length+e.prevalence.length+e.process.length;return n("section",{class:"evidence-card","aria-labelledby":"evidence-title",children:[n("h2",{id:"evidence-title",children:"Evidence"}),n("div",{class:"evidence-verdict",children:[n("span",{class:"evidence-verdict-label",children:"Verdict"}),n(T,{kind:"verdict",value:e.verdict}),n("span",{class:"evidence-score",children:["score ",e.score.toFixed(3)," · confidence ",e.confidence.toFixed(2)]})]}),n("p",{class:"evidence-reading",children:br[e.verdict]??""}),n("p",{class:"evidence-explanation",children:[n("strong",{children:"Why:"})," ",e.explanation]}),n("p",{class:"evidence-counts",children:[r.total," finding",r.total===1?"":"s",": ",r.effect," effect (",t.positive," positive,"," ",t.noEffect," no effect, ",t.mixed," mixed, ",t.negative," negative, ",t.inconclusive," inconclusive);"," ",r.adoption," adoption, ",r.prevalence," prevalence, ",r.process," process — not counted.",e.weaklySourced>0?` ${e.weaklySourced} effect finding${e.weaklySourced===1?" rests":"s rest"} only on self-published or secondary sources.`:""]}),n("section",{class:"evidence-effects","aria-labelledby":"evidence-effects-title",children:[n("h3",{id:"evidence-effects-title",children:["Effect findings: what the verdict rests on (",e.findings.length,")"]}),e.findings.length>0?n(mt,{findings:e.findings,label:"Effect findings"}):n("p",{class:"empty",children:["No effect was measured",e.appliedInScope?"":" (no intervention applies it)","."]}),e.sharedWith.length>0?n("p",{class:"evidence-shared",children:[e.sharedFindings," of these also count for"," ",e.sharedWith.map((o,s)=>n("span",{children:[s>0?", ":"",n(R,{id:o.id,name:o.name})]},o.id))," ","(applied by the same interventions): shared evidence, not independent support."]}):null]}),n("section",{class:"evidence-context","aria-labelledby":"evidence-context-title",children:[n("h3",{id:"evidence-context-title",children:["Adoption, prevalence and process: not evidence that it worked (",i,")"]}),n("p",{class:"evidence-context-note",children:"These findings say where it was adopted, how common the problem is, or how it was carried out. They are reported beside the verdict and never counted in it."}),n("p",{class:"evidence-adoption",children:[n("strong",{children:"Adoption:"})," ",e.adoption.summary]}),n(tn,{title:"Adoption findings",findings:e.adoptions}),n(tn,{title:"Prevalence findings",findings:e.prevalence}),n(tn,{title:"Process findings",findings:e.process})]})]})}function tn({title:e,findings:t}){return t.length===0?null:n(y,{children:[n("h4",{children:[e," (",t.length,")"]}),n(mt,{findings:t,label:e})]})}function mt({findings:e,label:t}){return n("ul",{class:"finding-list","aria-label":t,children:e.map(r=>n(_r,{finding:r},r.id))})}function _r({finding:e}){return n("li",{class:"finding",children:[n("p",{class:"finding-summary",children:[n(R,{id:e.id,name:e.summary,badge:!1}),e.year?n("span",{class:"finding-year",children:[" (",e.year,")"]}):null]}),n(rn,{finding:e}),e.sourcingNote?n("p",{class:"finding-sourcing",children:e.sourcingNote}):null,n(on,{sources:e.sources.nodes})]})}function rn({finding:e}){return n("p",{class:"finding-badges",children:[n("span",{class:"sr-label",children:"Kind"})," ",n(T,{kind:"finding-kind",value:e.kind})," ",n("span",{class:"sr-label",children:"Design"})," ",n(T,{kind:"design",value:e.evidenceKind})," ",n("span",{class:"sr-label",children:"Strength"})," ",n(T,{kind:"strength",value:e.evidenceStrength}),e.effect?n(y,{children:[" ",n("span",{class:"sr-label",children:"Effect"})," ",n(T,{kind:"effect",value:e.effect})]}):null,e.sourcing!=="PRIMARY_INDEPENDENT"?n(y,{children:[" ",n("span",{class:"sr-label",children:"Sourcing"})," ",n(T,{kind:"sourcing",value:e.sourcing})]}):null]})}function on({sources:e}){return e.length===0?n("p",{class:"finding-sources empty",children:"No source cited."}):n("ul",{class:"source-list","aria-label":"Sources",children:e.map(t=>n("li",{children:[n("a",{href:t.url,rel:"noreferrer",children:t.title})," ",t.type?n(T,{kind:"source-type",value:t.type}):n("span",{class:"badge",children:"unrated"})," ",n("span",{class:"source-meta",children:[U(t.kind),t.publisher?`, ${t.publisher}`:"",t.publishedOn?`, ${t.publishedOn}`:""]})," ",n("a",{class:"source-page",href:h("node",t.id),"aria-label":`Source page: ${t.title}`,children:"source page"})]},t.id))})}var Er=x(`
  query ExplorerNode($id: ID!, $strategy: Boolean!) {
    node(id: $id) {
      __typename
      id
      ... on Industry { name description naicsCode riskFactors }
      ... on Organization { name description organizationKind: kind founded website }
      ... on Person { name description }
      ... on Tactic { name description tacticCategory: category }
      ... on PolicyLever { name description leverKind: kind }
      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }
      ... on Jurisdiction { name code level }
      ... on Outcome { name description outcomeCategory: category }
      ... on Finding {
        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote
        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }
      }
      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }
    }
    neighborhood(id: $id, depth: 1, limit: 300) {
      truncated
      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      edges { id type from to properties { name value } }
    }
    strategyEvidence(id: $id) @include(if: $strategy) {
      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope
      effects { positive negative mixed noEffect inconclusive total }
      findingKinds { effect adoption prevalence process total }
      adoption { summary }
      sharedWith { id name }
      findings { ...EvidenceFinding }
      adoptions { ...EvidenceFinding }
      prevalence { ...EvidenceFinding }
      process { ...EvidenceFinding }
    }
  }
`),kr=new Set(["TACTIC","POLICY_LEVER","INTERVENTION"]),ft=8;function yt({route:e}){let t=e.id?.trim()??"";return n(wr,{id:t},t)}function wr({id:e}){let t=ne(e),r=M(Er,e?{id:e,strategy:!!t&&kr.has(t.label)}:null);if(!e)return n("section",{children:[n(N,{children:"Node"}),n(E,{children:["No node given: ",n("a",{href:h("search"),children:"search"})," for one, or open a link such as ",n("code",{children:"#/node/industry%3Aagriculture_farmwork"}),"."]})]});let i=r.status==="error"&&r.error.code==="NOT_FOUND"||r.status==="done"&&!r.data.node,o=r.status==="done"?r.data.node:null;return n("article",{class:"node-page",children:[n("header",{class:"node-head",children:[t?n(pe,{label:t.label}):null,n(N,{children:o?ae({id:o.id,...Sr(o)}):i?"Not found":e}),n("p",{class:"node-id",children:n("code",{children:e})}),o?n("p",{class:"node-actions",children:[n("a",{href:h("graph",o.id),children:"Show in the graph"}),n("a",{href:h("path",void 0,{from:o.id}),children:"Paths from here"})]}):null]}),r.status==="loading"?n(J,{what:"this node"}):null,i?n(E,{children:["No node has the id “",e,"”. ",n("a",{href:h("search",void 0,{q:e.slice(e.indexOf(":")+1).replaceAll("_"," ")}),children:"Search for it"})," instead."]}):null,r.status==="error"&&!i?n(X,{error:r.error}):null,r.status==="done"&&o?n(xr,{node:o,data:r.data}):null]})}function xr({node:e,data:t}){let{neighborhood:r,strategyEvidence:i}=t;return n(y,{children:[n(Ir,{node:e}),e.__typename==="Finding"?n("section",{"aria-labelledby":"finding-sources-title",children:[n("h2",{id:"finding-sources-title",children:["Sources (",e.sources.totalCount,")"]}),n(on,{sources:e.sources.nodes})]}):null,i?n(gt,{evidence:i}):null,r?n(Tr,{id:e.id,neighborhood:r}):null]})}function Sr(e){return"name"in e?{name:e.name}:"title"in e?{title:e.title}:"summary"in e?{summary:e.summary}:{}}function Ir({node:e}){let t=[],r=(o,s)=>{s!=null&&s!==""&&t.push([o,s])},i=o=>o?U(o):null;switch(e.__typename){case"Industry":r("Description",e.description),r("NAICS code",e.naicsCode),r("Risk factors",e.riskFactors.length>0?e.riskFactors.map(U).join(", "):null);break;case"Organization":r("Kind",i(e.organizationKind)),r("Description",e.description),r("Founded",e.founded),r("Website",e.website?n("a",{href:e.website,rel:"noreferrer",children:e.website}):null);break;case"Person":r("Description",e.description);break;case"Tactic":r("Category",i(e.tacticCategory)),r("Description",e.description);break;case"PolicyLever":r("Kind",i(e.leverKind)),r("Description",e.description);break;case"Intervention":r("Description",e.description),r("Status",i(e.status)),r("Legal status",i(e.legalStatus)),r("Years",e.startYear?`${e.startYear}${e.endYear?`–${e.endYear}`:""}`:null),r("Proposed",e.proposedOn),r("Enacted",e.enactedOn),r("In force",e.inForceOn),r("Ended",e.endedOn);break;case"Jurisdiction":r("Level",i(e.level)),r("Code",e.code);break;case"Outcome":r("Category",i(e.outcomeCategory)),r("Description",e.description);break;case"Finding":r("Claim",e.summary),r("Evidence",n(rn,{finding:{kind:e.findingKind,effect:e.effect,evidenceKind:e.evidenceKind,evidenceStrength:e.evidenceStrength,sourcing:e.sourcing}})),r("Measure",e.measure),r("Value",e.value),r("Baseline",e.baseline),r("Year",e.year),r("Sourcing",e.sourcingNote??(e.sourcing==="PRIMARY_INDEPENDENT"?"Backed by an independent primary source.":i(e.sourcing))),e.findingKind!=="EFFECT"&&r("Note","Not an effect finding: it never counts as evidence that something worked.");break;case"Source":r("Read it at",n("a",{href:e.url,rel:"noreferrer",children:e.url})),r("Type",e.type?n(T,{kind:"source-type",value:e.type}):"not rated yet"),r("Kind",i(e.sourceKind)),r("Publisher",e.publisher),r("Published",e.publishedOn),r("Primary",e.primary===null||e.primary===void 0?"not rated yet":e.primary?"yes: the original record":"no: it reports on one"),r("Quote",e.quote?n("q",{children:e.quote}):null),r("Note",e.note);break}return t.length===0?null:n("section",{"aria-labelledby":"properties-title",children:[n("h2",{id:"properties-title",children:"Properties"}),n("dl",{class:"node-properties",children:t.map(([o,s])=>n("div",{children:[n("dt",{children:o}),n("dd",{children:s})]},o))})]})}var Cr={ADVOCATES_FOR:["Advocates for","Advocated by"],APPLIES:["Applies","Applied by"],CITES:["Cites","Cited by"],DESCRIBES:["Describes","Described by"],ENACTED_IN:["Enacted in","Levers enacted here"],FOUNDED:["Founded","Founded by"],FUNDS:["Funds","Funded by"],HAS_FINDING:["Findings","Finding of"],INVOLVED_IN:["Involved in","People involved"],IN_INDUSTRY:["In industry","Interventions in this industry"],IN_JURISDICTION:["In jurisdiction","Interventions here"],LEADS:["Leads","Led by"],LED_BY:["Led by","Leads"],ON_OUTCOME:["On outcome","Findings on this outcome"],OPERATES_IN:["Operates in","Organizations operating here"],PARTNERS_WITH:["Partners with","Partnered by"],PART_OF:["Part of","Contains"],USES:["Uses","Used by"]};function Tr({id:e,neighborhood:t}){let r=new Map(t.nodes.map(a=>[a.id,Nr(ae({id:a.id,..."name"in a?{name:a.name}:{},..."title"in a?{title:a.title}:{},..."summary"in a?{summary:a.summary}:{}}))])),i=new Map;for(let a of t.edges){if(a.from!==e&&a.to!==e)continue;let d=a.from===e,u=`${a.type}-${d?"out":"in"}`,l=i.get(u);l||i.set(u,l={key:u,type:a.type,out:d,edges:[]}),l.edges.push(a)}let o=[...i.values()].sort((a,d)=>+(a.type==="CITES")-+(d.type==="CITES")||an(a).localeCompare(an(d))),s=o.reduce((a,d)=>a+d.edges.length,0);return n("section",{"aria-labelledby":"relationships-title",children:[n("h2",{id:"relationships-title",children:["Relationships (",s,")"]}),o.length===0?n(E,{children:"This node has no relationship."}):null,t.truncated?n("p",{class:"node-truncated",children:"Only the nearest 300 neighbours are listed; the graph view shows them all."}):null,n("div",{class:"relationship-groups",children:o.map(a=>n(Or,{group:a,names:r,other:d=>a.out?d.to:d.from},a.key))})]})}function Nr(e){return e.length<=160?e:`${e.slice(0,e.lastIndexOf(" ",155)>100?e.lastIndexOf(" ",155):155)}…`}function an(e){return Cr[e.type][e.out?0:1]}function Or({group:e,names:t,other:r}){let[i,o]=k(!1),s=[...e.edges].sort((u,l)=>(t.get(r(u))??r(u)).localeCompare(t.get(r(l))??r(l))),a=i?s:s.slice(0,ft),d=`rel-${e.key}`;return n("section",{class:"relationship-group","aria-labelledby":d,children:[n("h3",{id:d,children:[an(e)," ",n("span",{class:"relationship-count",children:["(",e.edges.length,")"]})," ",n("code",{class:"relationship-type",children:e.out?`${e.type} →`:`← ${e.type}`})]}),n("ul",{children:a.map(u=>{let l=r(u),p=u.properties.filter(f=>f.value!==""&&f.value!=="null");return n("li",{children:[n(R,{id:l,name:t.get(l)}),p.length>0?n("span",{class:"relationship-properties",children:p.map(f=>`${U(f.name)}: ${f.value}`).join(" · ")}):null]},u.id)})}),e.edges.length>ft?n("button",{type:"button",class:"show-all","aria-expanded":i,onClick:()=>o(!i),children:i?"Show fewer":`Show all ${e.edges.length}`}):null]})}function ht(e){return n("section",{children:[n(N,{children:"PathView"}),n(E,{children:"This view is not built yet."})]})}var vt=20,bt=x(`
  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {
    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        score
        snippet
        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
      }
    }
  }
`);function _t(e){return j.find(t=>t.label===e)?.label??""}function Et({route:e}){let t=(e.params.get("q")??"").trim(),r=_t(e.params.get("label")),[i,o]=k(t),[s,a]=k(r);A(()=>o(t),[t]),A(()=>a(r),[r]);let d=(p,f)=>G(h("search",void 0,{q:p.trim(),label:f})),u=ue(),l=ue();return n("section",{class:"search-view",children:[n(N,{children:"Search"}),n("form",{class:"filters search-form",role:"search","aria-label":"Search the graph",onSubmit:p=>{p.preventDefault(),d(i,s)},children:[n("label",{for:u,children:["Words",n("input",{id:u,type:"search",maxLength:200,value:i,placeholder:"e.g. arbitration, hotel panic button",onInput:p=>o(p.currentTarget.value)})]}),n("label",{for:l,children:["Label",n("select",{id:l,value:s,onChange:p=>{let f=_t(p.currentTarget.value);a(f),i.trim()&&d(i,f)},children:[n("option",{value:"",children:"All labels"}),j.map(p=>n("option",{value:p.label,children:p.plural},p.label))]})]}),n("button",{type:"submit",children:"Search"})]}),t?n(Dr,{text:t,label:r},`${t}\0${r}`):n("p",{class:"search-hint",children:"Type words to find: names, descriptions, finding summaries and source quotes are searched; every word must match (as a prefix), best match first."})]})}function Dr({text:e,label:t}){let r=M(bt,{text:e,labels:t?[t]:null,first:vt,after:null}),[i,o]=k(null),[s,a]=k(!1),[d,u]=k(null);if(r.status==="loading")return n(J,{what:"the matches"});if(r.status==="error")return n(X,{error:r.error});let l=r.data.searchConnection;if(!l||l.totalCount===0)return n(E,{children:["No node matches “",e,"”",t?` among ${j.find(g=>g.label===t)?.plural.toLowerCase()}`:"",". Try fewer or shorter words, or all labels."]});let p=[...l.nodes,...i?.hits??[]],f=i?.next??l.pageInfo,c=()=>{a(!0),u(null),Y(bt,{text:e,labels:t?[t]:null,first:vt,after:f.endCursor??null}).then(g=>{let _=g.searchConnection;_&&o({hits:[...i?.hits??[],..._.nodes],next:_.pageInfo}),a(!1)},g=>{u(g instanceof L?g:new L(String(g),"CLIENT")),a(!1)})};return n(y,{children:[n("p",{class:"search-count",role:"status",children:[l.totalCount===1?"1 node matches":`${l.totalCount} nodes match`," “",e,"”, best match first; showing ",p.length,"."]}),n("ol",{class:"search-results",children:p.map(g=>n($r,{hit:g},g.node.id))}),d?n(X,{error:d}):null,s?n(J,{what:"more matches"}):null,f.hasNextPage&&!s?n("button",{type:"button",class:"load-more",onClick:c,children:"Load more"}):null]})}function $r({hit:e}){let t=ne(e.node.id);return n("li",{children:[n("div",{class:"search-hit-head",children:[t?n(pe,{label:t.label}):null,n("a",{href:h("node",e.node.id),children:ae(e.node)}),n("span",{class:"search-score",title:"Relevance (BM25); higher is better",children:["score ",e.score.toFixed(1)]})]}),e.snippet.replace(/[«»]/g,"")!==ae(e.node)?n("p",{class:"search-snippet",children:n(Ar,{text:e.snippet})}):null]})}function Ar({text:e}){let t=e.split(/[«»]/);return n(y,{children:t.map((r,i)=>i%2===1?n("mark",{children:r},i):r)})}var Rr=x(`
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
`);function kt({route:e}){let t=e.params.get("industry")??"",r=M(Rr,t?{industry:t}:null);return n("section",{class:"strategy-view",children:[n(N,{children:"Transfer candidates"}),n("p",{class:"lead",children:"Interventions with positive effect evidence in industries that share this industry's harassment risk factors, and that bring tactics or policy levers not applied here yet. The rarer a shared risk factor, the more it weighs; a factor every industry has says nothing."}),n("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:n(Q,{label:"Industry",value:t,none:"Choose an industry…",onChange:i=>G(h("transfer",void 0,{industry:i}))})}),t?n(W,{state:r,what:"the transfer candidates",children:i=>{let o=i.node&&"riskFactors"in i.node?i.node:null,s=new Map((i.verdicts??[]).map(a=>[a.strategy.id,a.verdict]));return n(y,{children:[o?n("p",{class:"own-factors",children:[n("strong",{children:o.name}),": ",o.riskFactors.length===0?"no risk factors recorded, so no industry can be matched to it.":n(y,{children:["risk factors ",o.riskFactors.map(a=>n("span",{class:"badge risk-factor",children:Qe(a)},a))]})]}):null,n(Fr,{candidates:i.transferCandidates??[],verdicts:s,name:o?.name??t}),n("p",{class:"hint",children:["What the industry itself has tried: ",n("a",{href:h("worked",void 0,{industry:t}),children:["what worked in ",o?.name??t]}),"."]})]})}}):n(E,{children:"Choose an industry to see what worked elsewhere under the same risks."})]})}function Fr({candidates:e,verdicts:t,name:r}){return e.length===0?n(E,{children:["No transfer candidate for ",r,": no intervention with positive effect evidence in an industry sharing its risk factors brings a strategy not applied here."]}):n("table",{class:"strategy-table transfer",children:[n("caption",{children:[e.length," candidate",e.length===1?"":"s"," for ",r,", ranked by effect evidence × (1 + distinctiveness of the shared risk factors)"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Rank"}),n("th",{scope:"col",children:"Intervention and where it worked"}),n("th",{scope:"col",children:"Shared risk factors"}),n("th",{scope:"col",children:"Why it is a candidate"}),n("th",{scope:"col",children:"What it would bring"})]})}),n("tbody",{children:e.map((i,o)=>{let s=t.get(i.intervention.id),a=i.findings.length;return n("tr",{"data-id":i.intervention.id,children:[n("td",{"data-label":"Rank",class:"rank",children:o+1}),n("th",{scope:"row","data-label":"Intervention",children:[n(R,{id:i.intervention.id,name:i.intervention.name}),n("p",{class:"from",children:["From ",i.fromIndustries.map((d,u)=>n("span",{children:[u>0?", ":"",n("a",{href:h("node",d.id),children:d.name})]},d.id))]}),n("p",{children:s?n(se,{verdict:s}):n("span",{class:"muted",children:"Verdict on its page"})})]}),n("td",{"data-label":"Shared risk factors",children:n("ul",{class:"factors",children:i.sharedFactors.map(d=>n("li",{children:[n("span",{class:"badge risk-factor",children:Qe(d.name)})," ",n("span",{class:"muted",children:[d.weight>0?`weight ${d.weight.toFixed(2)}`:"weight 0: every industry has it",", ",d.industries," industr",d.industries===1?"y":"ies"]})]},d.name))})}),n("td",{"data-label":"Why",children:[n("p",{class:"reason",children:i.reason}),n("p",{class:"numbers",children:[a," positive effect finding",a===1?"":"s","; net effect evidence ",i.evidence.toFixed(3),", distinctiveness ",i.distinctiveness.toFixed(3),", score ",i.score.toFixed(3)," ","(risk-factor similarity ",Math.round(i.similarity*100),"%, not scored)"]}),n("p",{class:"designs",children:["Designs: ",Pr(i.findings).map(([d,u])=>n("span",{class:"design-count",children:[n(T,{kind:"design",value:d}),u>1?`×${u}`:""]},d))]})]}),n("td",{"data-label":"Would bring",children:n("ul",{class:"brings",children:i.newStrategies.map(d=>n("li",{children:n(R,{id:d.id,name:d.name})},d.id))})})]},i.intervention.id)})})]})}function Pr(e){let t=new Map;for(let r of e)t.set(r.evidenceKind,(t.get(r.evidenceKind)??0)+1);return[...t].sort((r,i)=>i[1]-r[1])}var Lr=x(`
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
`),Kr=100,wt=["ANECDOTAL","LIMITED","MODERATE","STRONG"],xt=["ACCOUNTABILITY","AWARENESS","ECONOMIC","POLICY_CHANGE","REPORTING","SAFETY","WELLBEING"],St=[["TACTIC","Tactics"],["POLICY_LEVER","Policy levers"],["INTERVENTION","Interventions"]];function Mr(e){let t=e.get("minEvidence")??"",r=e.get("outcome")??"",i=e.get("since")??"";return{industry:e.get("industry")??"",jurisdiction:e.get("jurisdiction")??"",minEvidence:wt.includes(t)?t:"",outcome:xt.includes(r)?r:"",since:/^\d{4}$/.test(i)?i:"",unevidenced:e.get("unevidenced")!=="0",kinds:ie(e,"kinds").filter(o=>St.some(([s])=>s===o))}}function Vr(e){return h("worked",void 0,{industry:e.industry,jurisdiction:e.jurisdiction,minEvidence:e.minEvidence,outcome:e.outcome,since:e.since,unevidenced:e.unevidenced?void 0:"0",kinds:e.kinds})}function It({route:e}){let t=Mr(e.params),r=(a,d=!0)=>G(Vr({...t,...a}),d),i=a=>{let d=a.trim();d!==t.since&&r({since:/^\d{4}$/.test(d)?d:""})},o=[t.industry,t.jurisdiction].filter(a=>a!==""),s=M(Lr,o.length===0?null:{industry:t.industry||null,jurisdiction:t.jurisdiction||null,minEvidence:t.minEvidence||null,outcomeCategory:t.outcome||null,since:t.since?Number(t.since):null,includeUnevidenced:t.unevidenced,kinds:t.kinds.length>0?[...t.kinds]:null,scope:o});return n("section",{class:"strategy-view",children:[n(N,{children:"What worked"}),n("p",{class:"lead",children:"The tactics, policy levers and interventions applied in an industry, ranked by the evidence that they changed an outcome. Only effect findings count toward a verdict; adoption (a law enacted, a contract signed) is shown beside it and is never evidence that a strategy worked."}),n("form",{class:"filters","aria-label":"What worked: filters",onSubmit:a=>{a.preventDefault(),i(a.currentTarget.elements.namedItem("since").value)},children:[n(Q,{label:"Industry",value:t.industry,none:"Choose an industry…",onChange:a=>r({industry:a},!1)}),n(Te,{label:"Jurisdiction",value:t.jurisdiction,none:"Anywhere",onChange:a=>r({jurisdiction:a},!1)}),n("label",{children:["Findings at least",n("select",{value:t.minEvidence,onChange:a=>r({minEvidence:a.currentTarget.value}),children:[n("option",{value:"",children:"Any strength"}),wt.map(a=>n("option",{value:a,children:a.toLowerCase()},a))]})]}),n("label",{children:["Outcome",n("select",{value:t.outcome,onChange:a=>r({outcome:a.currentTarget.value}),children:[n("option",{value:"",children:"Any outcome"}),xt.map(a=>n("option",{value:a,children:a.toLowerCase().replaceAll("_"," ")},a))]})]}),n("label",{children:["Findings since (year)",n("input",{name:"since",type:"number",inputMode:"numeric",min:1900,max:2100,step:1,placeholder:"Any year",value:t.since,onChange:a=>i(a.currentTarget.value)})]}),n("fieldset",{class:"kinds",children:[n("legend",{children:"Kinds (none ticked: all)"}),St.map(([a,d])=>n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.kinds.includes(a),onChange:u=>r({kinds:u.currentTarget.checked?[...t.kinds,a]:t.kinds.filter(l=>l!==a)})}),d]},a))]}),n("label",{class:"check",children:[n("input",{type:"checkbox",checked:t.unevidenced,onChange:a=>r({unevidenced:a.currentTarget.checked})}),"Include strategies with no evidence"]})]}),o.length===0?n(E,{children:"Choose an industry (and, if you like, a jurisdiction) to see which strategies worked there."}):n(W,{state:s,what:"the ranking",children:a=>n(Ur,{results:a.whatWorked??[],filters:t,names:a.nodes,onIncludeUnevidenced:()=>r({unevidenced:!0})})})]})}function Ur({results:e,filters:t,names:r,onIncludeUnevidenced:i}){let o=l=>r.find(p=>p?.id===l)?.name??l,s=[t.industry?o(t.industry):"",t.jurisdiction?`in ${o(t.jurisdiction)}`:""].filter(Boolean).join(" "),a=t.minEvidence!==""||t.outcome!==""||t.since!==""||t.kinds.length>0;if(e.length===0)return n("div",{class:"empty-state",children:[n(E,{children:["No strategy has evidence for ",s,a?" with these filters":"","."]}),t.unevidenced?n("p",{children:[a?"Try fewer filters: ":"","no strategy is recorded as applied here."]}):n("p",{children:["Strategies applied here without evidence are hidden. ",n("button",{type:"button",onClick:i,children:"Include strategies with no evidence"})]})]});let d=new Map;for(let l of e)d.set(l.verdict,(d.get(l.verdict)??0)+1);let u=d.get("WORKED")??0;return n(y,{children:[n("p",{class:"summary",role:"status",children:[e.length,e.length===Kr?" (the first 100)":""," strategies for ",n("strong",{children:s}),":"," ",u," with evidence that they worked, ",d.get("ADOPTED_ONLY")??0," adopted with no effect measured",t.unevidenced?`, ${d.get("NO_EVIDENCE")??0} with no evidence`:"","."]}),n("table",{class:"strategy-table ranking",children:[n("caption",{children:["Strategies for ",s,", ranked by effect evidence (score, then confidence)"]}),n("thead",{children:n("tr",{children:[n("th",{scope:"col",children:"Rank"}),n("th",{scope:"col",children:"Strategy"}),n("th",{scope:"col",children:"Verdict and reason"}),n("th",{scope:"col",children:"Effect evidence"}),n("th",{scope:"col",children:"Adoption and other findings (not evidence of an effect)"})]})}),n("tbody",{children:e.map((l,p)=>n("tr",{"data-id":l.strategy.id,children:[n("td",{"data-label":"Rank",class:"rank",children:p+1}),n("th",{scope:"row","data-label":"Strategy",children:n(R,{id:l.strategy.id,name:l.strategy.name})}),n("td",{"data-label":"Verdict",children:[n(se,{verdict:l.verdict}),n("p",{class:"reason",children:l.explanation})]}),n("td",{"data-label":"Effect evidence",children:[n("p",{children:ge(l.effects)}),l.bestEvidence||l.bestDesign?n("p",{class:"badges",children:["Best evidence ",l.bestEvidence?n(T,{kind:"strength",value:l.bestEvidence}):null,l.bestDesign?n(y,{children:[" from a ",n(T,{kind:"design",value:l.bestDesign})," design"]}):null]}):null,l.effects.total>0?n("p",{class:"numbers",children:["Score ",l.score.toFixed(3),", confidence ",l.confidence.toFixed(3),l.newestYear?`, newest ${l.newestYear}`:""]}):null,l.weaklySourced>0?n("p",{class:"note",children:[l.weaklySourced," rest only on self-published or secondary sources."]}):null,l.sharedFindings>0?n("p",{class:"note",children:[l.sharedFindings," shared with other strategies of the same interventions."]}):null]}),n("td",{"data-label":"Adoption (not evidence)",children:[n("p",{children:l.adoption.summary}),de(l.findingKinds)?n("p",{class:"note",children:["Other findings: ",de(l.findingKinds),"."]}):null]})]},l.strategy.id))})]}),n("p",{class:"hint",children:["Open a strategy for its evidence card: every finding with its design, strength and sources.",t.industry?n(y,{children:[" See also what ",n("a",{href:h("transfer",void 0,{industry:t.industry}),children:"worked elsewhere under the same risks"}),", or ",n("a",{href:h("compare",void 0,{a:t.industry}),children:"compare with another industry"}),"."]}):null]})]})}var qr=[["search","Search"],["graph","Graph"],["path","Paths"],["gaps","Gap map"],["worked","What worked"],["compare","Compare"],["transfer","Transfer"]];function Ct(){let e=Ln();return A(()=>{document.querySelector(".page-title")?.focus({preventScroll:!0})},[e.view,e.id]),n(y,{children:[n("a",{class:"skip-link",href:"#main",onClick:t=>{t.preventDefault(),document.getElementById("main")?.focus()},children:"Skip to content"}),n("header",{class:"site-header",children:[n("a",{class:"brand",href:h("home"),children:"KnowledgeGraph explorer"}),n("nav",{"aria-label":"Views",children:n("ul",{children:qr.map(([t,r])=>n("li",{children:n("a",{href:h(t),"aria-current":e.view===t||t==="search"&&e.view==="node"?"page":void 0,children:r})},t))})})]}),n("main",{id:"main",tabIndex:-1,children:n(Gr,{route:e})}),n("footer",{class:"site-footer",children:["Read from this server's ",n("a",{href:"../graphql",children:"GraphQL API"}),". ",n("a",{href:"THIRD-PARTY-NOTICES.txt",children:"Third-party notices"}),"."]})]})}function Gr({route:e}){switch(e.view){case"search":return n(Et,{route:e});case"node":return n(yt,{route:e});case"graph":return n(ut,{route:e});case"path":return n(ht,{route:e});case"gaps":return n(ct,{route:e});case"worked":return n(It,{route:e});case"compare":return n(tt,{route:e});case"transfer":return n(kt,{route:e});default:return n(pt,{})}}var Tt=document.getElementById("app");Tt.replaceChildren();wn(n(Ct,{}),Tt);

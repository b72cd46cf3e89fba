var fe,h,on,ft,B,en,an,sn,Se,le,oe,dn,$e,Ne,De,yt,pe={},ge=[],ht=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,ye=Array.isArray;function q(e,n){for(var r in n)e[r]=n[r];return e}function Re(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function vt(e,n,r){var i,o,s,a={};for(s in n)s=="key"?i=n[s]:s=="ref"?o=n[s]:a[s]=n[s];if(arguments.length>2&&(a.children=arguments.length>3?fe.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(s in e.defaultProps)a[s]===void 0&&(a[s]=e.defaultProps[s]);return ce(e,a,i,o,null)}function ce(e,n,r,i,o){var s={type:e,props:n,key:r,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++on,__i:-1,__u:0};return o==null&&h.vnode!=null&&h.vnode(s),s}function y(e){return e.children}function ue(e,n){this.props=e,this.context=n}function z(e,n){if(n==null)return e.__?z(e.__,e.__i+1):null;for(var r;n<e.__k.length;n++)if((r=e.__k[n])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?z(e):null}function _t(e){if(e.__P&&e.__d){var n=e.__v,r=n.__e,i=[],o=[],s=q({},n);s.__v=n.__v+1,h.vnode&&h.vnode(s),Oe(e.__P,s,n,e.__n,e.__P.namespaceURI,32&n.__u?[r]:null,i,r??z(n),!!(32&n.__u),o),s.__v=n.__v,s.__.__k[s.__i]=s,gn(i,s,o),n.__e=n.__=null,s.__e!=r&&ln(s)}}function ln(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),ln(e)}function nn(e){(!e.__d&&(e.__d=!0)&&B.push(e)&&!me.__r++||en!=h.debounceRendering)&&((en=h.debounceRendering)||an)(me)}function me(){try{for(var e,n=1;B.length;)B.length>n&&B.sort(sn),e=B.shift(),n=B.length,_t(e)}finally{B.length=me.__r=0}}function cn(e,n,r,i,o,s,a,d,u,l,p){var _,c,g,E,D,k,x=i&&i.__k||ge,f=n.length;for(u=bt(r,n,x,u,f),_=0;_<f;_++)(g=r.__k[_])!=null&&(c=g.__i!=-1&&x[g.__i]||pe,g.__i=_,k=Oe(e,g,c,o,s,a,d,u,l,p),E=g.__e,g.ref&&c.ref!=g.ref&&(c.ref&&Ae(c.ref,null,g),p.push(g.ref,g.__c||E,g)),D==null&&E!=null&&(D=E),4&g.__u?(u=un(g,u,e),c.__e&&(c.__e=null)):typeof g.type=="function"&&k!==void 0?u=k:E&&(u=E.nextSibling),g.__u&=-7);return r.__e=D,u}function bt(e,n,r,i,o){var s,a,d,u,l,p=r.length,_=p,c=0;for(e.__k=new Array(o),s=0;s<o;s++)(a=n[s])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[s]=ce(null,a,null,null,null):ye(a)?a=e.__k[s]=ce(y,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[s]=ce(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[s]=a,u=s+c,a.__=e,a.__b=e.__b+1,d=null,(l=a.__i=Et(a,r,u,_))!=-1&&(_--,(d=r[l])&&(d.__u|=2)),d==null||d.__v==null?(l==-1&&(o>p?c--:o<p&&c++),typeof a.type!="function"&&(a.__u|=4)):l!=u&&(l==u-1?c--:l==u+1?c++:(l>u?c--:c++,a.__u|=4))):e.__k[s]=null;if(_)for(s=0;s<p;s++)(d=r[s])!=null&&(2&d.__u)==0&&(d.__e==i&&(i=z(d)),fn(d,d));return i}function un(e,n,r){var i,o;if(typeof e.type=="function"){for(i=e.__k,o=0;i&&o<i.length;o++)i[o]&&(i[o].__=e,n=un(i[o],n,r));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=z(e)),n=r.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function Et(e,n,r,i){var o,s,a,d=e.key,u=e.type,l=n[r],p=l!=null&&(2&l.__u)==0;if(l===null&&d==null||p&&d==l.key&&u==l.type)return r;if(i>(p?1:0)){for(o=r-1,s=r+1;o>=0||s<n.length;)if((l=n[a=o>=0?o--:s++])!=null&&(2&l.__u)==0&&d==l.key&&u==l.type)return a}return-1}function tn(e,n,r){n[0]=="-"?e.setProperty(n,r??""):e[n]=r==null?"":typeof r!="number"||ht.test(n)?r:r+"px"}function de(e,n,r,i,o){var s,a;e:if(n=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(n in i)r&&n in r||tn(e.style,n,"");if(r)for(n in r)i&&r[n]==i[n]||tn(e.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")s=n!=(n=n.replace(dn,"$1")),a=n.toLowerCase(),n=a in e||n=="onFocusOut"||n=="onFocusIn"?a.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+s]=r,r?i?r[oe]=i[oe]:(r[oe]=$e,e.addEventListener(n,s?De:Ne,s)):e.removeEventListener(n,s?De:Ne,s);else{if(o=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&r==1?"":r))}}function rn(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n[le]==null)n[le]=$e++;else if(n[le]<r[oe])return;return r(h.event?h.event(n):n)}}}function Oe(e,n,r,i,o,s,a,d,u,l){var p,_,c,g,E,D,k,x,f,m,I,S,$,N,F,Y,A=n.type;if(n.constructor!==void 0)return null;128&r.__u&&(u=!!(32&r.__u),s=[d=n.__e=r.__e]),(p=h.__b)&&p(n);e:if(typeof A=="function"){_=a.length;try{if(f=n.props,m=A.prototype&&A.prototype.render,I=(p=A.contextType)&&i[p.__c],S=p?I?I.props.value:p.__:i,r.__c?x=(c=n.__c=r.__c).__=c.__E:(m?n.__c=c=new A(f,S):(n.__c=c=new ue(f,S),c.constructor=A,c.render=kt),I&&I.sub(c),c.state||(c.state={}),c.__n=i,g=c.__d=!0,c.__h=[],c._sb=[]),m&&c.__s==null&&(c.__s=c.state),m&&A.getDerivedStateFromProps!=null&&(c.__s==c.state&&(c.__s=q({},c.__s)),q(c.__s,A.getDerivedStateFromProps(f,c.__s))),E=c.props,D=c.state,c.__v=n,g)m&&A.getDerivedStateFromProps==null&&c.componentWillMount!=null&&c.componentWillMount(),m&&c.componentDidMount!=null&&c.__h.push(c.componentDidMount);else{if(m&&A.getDerivedStateFromProps==null&&f!==E&&c.componentWillReceiveProps!=null&&c.componentWillReceiveProps(f,S),n.__v==r.__v||!c.__e&&c.shouldComponentUpdate!=null&&c.shouldComponentUpdate(f,c.__s,S)===!1){n.__v!=r.__v&&(c.props=f,c.state=c.__s,c.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(W){W&&(W.__=n)}),ge.push.apply(c.__h,c._sb),c._sb=[],c.__h.length&&a.push(c),d=z(r);break e}c.componentWillUpdate!=null&&c.componentWillUpdate(f,c.__s,S),m&&c.componentDidUpdate!=null&&c.__h.push(function(){c.componentDidUpdate(E,D,k)})}if(c.context=S,c.props=f,c.__P=e,c.__e=!1,$=h.__r,N=0,m)c.state=c.__s,c.__d=!1,$&&$(n),p=c.render(c.props,c.state,c.context),ge.push.apply(c.__h,c._sb),c._sb=[];else do c.__d=!1,$&&$(n),p=c.render(c.props,c.state,c.context),c.state=c.__s;while(c.__d&&++N<25);c.state=c.__s,c.getChildContext!=null&&(i=q(q({},i),c.getChildContext())),m&&!g&&c.getSnapshotBeforeUpdate!=null&&(k=c.getSnapshotBeforeUpdate(E,D)),F=p!=null&&p.type===y&&p.key==null?mn(p.props.children):p,d=cn(e,ye(F)?F:[F],n,r,i,o,s,a,d,u,l),c.base=n.__e,n.__u&=-161,c.__h.length&&a.push(c),x&&(c.__E=c.__=null)}catch(W){if(a.length=_,n.__v=null,u||s!=null){if(W.then){for(n.__u|=u?160:128;d&&d.nodeType==8&&d.nextSibling;)d=d.nextSibling;s!=null&&(s[s.indexOf(d)]=null),n.__e=d}else if(s!=null)for(Y=s.length;Y--;)Re(s[Y])}else n.__e=r.__e;n.__k==null&&(n.__k=r.__k||[]),W.then||pn(n),h.__e(W,n,r)}}else s==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):d=n.__e=wt(r.__e,n,r,i,o,s,a,u,l);return(p=h.diffed)&&p(n),128&n.__u?void 0:d}function pn(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(pn))}function gn(e,n,r){for(var i=0;i<r.length;i++)Ae(r[i],r[++i],r[++i]);h.__c&&h.__c(n,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(s){s.call(o)})}catch(s){h.__e(s,o.__v)}})}function mn(e){return typeof e!="object"||e==null||e.__b>0?e:ye(e)?e.map(mn):e.constructor!==void 0?null:q({},e)}function wt(e,n,r,i,o,s,a,d,u){var l,p,_,c,g,E,D,k=r.props||pe,x=n.props,f=n.type;if(f=="svg"?o="http://www.w3.org/2000/svg":f=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),s!=null){for(l=0;l<s.length;l++)if((g=s[l])&&"setAttribute"in g==!!f&&(f?g.localName==f:g.nodeType==3)){e=g,s[l]=null;break}}if(e==null){if(f==null)return document.createTextNode(x);e=document.createElementNS(o,f,x.is&&x),d&&(h.__m&&h.__m(n,s),d=!1),s=null}if(f==null)k===x||d&&e.data==x||(e.data=x);else{if(s=f=="textarea"&&x.defaultValue!=null?null:s&&fe.call(e.childNodes),!d&&s!=null)for(k={},l=0;l<e.attributes.length;l++)k[(g=e.attributes[l]).name]=g.value;for(l in k)g=k[l],l=="dangerouslySetInnerHTML"?_=g:l=="children"||l in x||l=="value"&&"defaultValue"in x||l=="checked"&&"defaultChecked"in x||de(e,l,null,g,o);for(l in x)g=x[l],l=="children"?c=g:l=="dangerouslySetInnerHTML"?p=g:l=="value"?E=g:l=="checked"?D=g:d&&typeof g!="function"||k[l]===g||de(e,l,g,k[l],o);if(p)d||_&&(p.__html==_.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),n.__k=[];else if(_&&(e.innerHTML=""),cn(n.type=="template"?e.content:e,ye(c)?c:[c],n,r,i,f=="foreignObject"?"http://www.w3.org/1999/xhtml":o,s,a,s?s[0]:r.__k&&z(r,0),d,u),s!=null)for(l=s.length;l--;)Re(s[l]);d&&f!="textarea"||(l="value",f=="progress"&&E==null?e.removeAttribute("value"):E!=null&&(E!==e[l]||f=="progress"&&!E||f=="option"&&E!=k[l])&&de(e,l,E,k[l],o),l="checked",D!=null&&D!=e[l]&&de(e,l,D,k[l],o))}return e}function Ae(e,n,r){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(o){h.__e(o,r)}}function fn(e,n,r){var i,o;if(h.unmount&&h.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||Ae(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(s){h.__e(s,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&fn(i[o],n,r||typeof e.type!="function");r||Re(e.__e),e.__c=e.__=e.__e=void 0}function kt(e,n,r){return this.constructor(e,r)}function yn(e,n,r){var i,o,s,a;n==document&&(n=document.documentElement),h.__&&h.__(e,n),o=(i=typeof r=="function")?null:r&&r.__k||n.__k,s=[],a=[],Oe(n,e=(!i&&r||n).__k=vt(y,null,[e]),o||pe,pe,n.namespaceURI,!i&&r?[r]:o?null:n.firstChild?fe.call(n.childNodes):null,s,!i&&r?r:o?o.__e:n.firstChild,i,a),gn(s,e,a),e.props.children=null}fe=ge.slice,h={__e:function(e,n,r,i){for(var o,s,a;n=n.__;)if((o=n.__c)&&!o.__)try{if((s=o.constructor)&&s.getDerivedStateFromError!=null&&(o.setState(s.getDerivedStateFromError(e)),a=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,i||{}),a=o.__d),a)return o.__E=o}catch(d){e=d}throw e}},on=0,ft=function(e){return e!=null&&e.constructor===void 0},ue.prototype.setState=function(e,n){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=q({},this.state),typeof e=="function"&&(e=e(q({},r),this.props)),e&&q(r,e),e!=null&&this.__v&&(n&&this._sb.push(n),nn(this))},ue.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nn(this))},ue.prototype.render=y,B=[],an=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,sn=function(e,n){return e.__v.__b-n.__v.__b},me.__r=0,Se=Math.random().toString(8),le="__d"+Se,oe="__a"+Se,dn=/(PointerCapture)$|Capture$/i,$e=0,Ne=rn(!1),De=rn(!0),yt=0;var X,w,Pe,hn,ve=0,Cn=[],C=h,vn=C.__b,_n=C.__r,bn=C.diffed,En=C.__c,wn=C.unmount,kn=C.__;function _e(e,n){C.__h&&C.__h(w,e,ve||n),ve=0;var r=w.__H||(w.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function O(e){return ve=1,xt(Nn,e)}function xt(e,n,r){var i=_e(X++,2);if(i.t=e,!i.__c&&(i.__=[r?r(n):Nn(void 0,n),function(d){var u=i.__N?i.__N[0]:i.__[0],l=i.t(u,d);u!==l&&(i.__N=[l,i.__[1]],i.__c.setState({}))}],i.__c=w,!w.__f)){var o=function(d,u,l){if(!i.__c.__H)return!0;var p=!1,_=i.__c.props!==d;if(i.__c.__H.__.some(function(g){if(g.__N){p=!0;var E=g.__[0];g.__=g.__N,g.__N=void 0,E!==g.__[0]&&(_=!0)}}),s){var c=s.call(this,d,u,l);return p?c||_:c}return!p||_};w.__f=!0;var s=w.shouldComponentUpdate,a=w.componentWillUpdate;w.componentWillUpdate=function(d,u,l){if(this.__e){var p=s;s=void 0,o(d,u,l),s=p}a&&a.call(this,d,u,l)},w.shouldComponentUpdate=o}return i.__N||i.__}function P(e,n){var r=_e(X++,3);!C.__s&&Sn(r.__H,n)&&(r.__=e,r.u=n,w.__H.__h.push(r))}function Tn(e){return ve=5,be(function(){return{current:e}},[])}function be(e,n){var r=_e(X++,7);return Sn(r.__H,n)&&(r.__=e(),r.__H=n,r.__h=e),r.__}function In(){var e=_e(X++,11);if(!e.__){for(var n=w.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var r=n.__m||(n.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Ct(){for(var e;e=Cn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(he),n.__h.some(Le),n.__h=[]}catch(r){n.__h=[],C.__e(r,e.__v)}}}C.__b=function(e){w=null,vn&&vn(e)},C.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),kn&&kn(e,n)},C.__r=function(e){_n&&_n(e),X=0;var n=(w=e.__c).__H;n&&(Pe===w?(n.__h=[],w.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(n.__h.some(he),n.__h.some(Le),n.__h=[],X=0)),Pe=w},C.diffed=function(e){bn&&bn(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(Cn.push(n)!==1&&hn===C.requestAnimationFrame||((hn=C.requestAnimationFrame)||Tt)(Ct)),n.__H.__.some(function(r){r.u&&(r.__H=r.u,r.u=void 0)})),Pe=w=null},C.__c=function(e,n){n.some(function(r){try{r.__h.some(he),r.__h=r.__h.filter(function(i){return!i.__||Le(i)})}catch(i){n.some(function(o){o.__h&&(o.__h=[])}),n=[],C.__e(i,r.__v)}}),En&&En(e,n)},C.unmount=function(e){wn&&wn(e);var n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{he(i)}catch(o){n=o}}),r.__H=void 0,n&&C.__e(n,r.__v))};var xn=typeof requestAnimationFrame=="function";function Tt(e){var n,r=function(){clearTimeout(i),xn&&cancelAnimationFrame(n),setTimeout(e)},i=setTimeout(r,35);xn&&(n=requestAnimationFrame(r))}function he(e){var n=w,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),w=n}function Le(e){var n=w;e.__c=e.__(),w=n}function Sn(e,n){return!e||e.length!==n.length||n.some(function(r,i){return r!==e[i]})}function Nn(e,n){return typeof n=="function"?n(e):n}var It=["home","search","node","graph","path","gaps","worked","compare","transfer"];function Dn(e){let n=e.replace(/^#\/?/,""),r=n.indexOf("?"),i=r<0?n:n.slice(0,r),o=new URLSearchParams(r<0?"":n.slice(r+1)),[s="",...a]=i.split("/"),d=It.includes(s)?s:"home",u=a.length>0?St(a.join("/")):void 0;return u?{view:d,id:u,params:o}:{view:d,params:o}}function v(e,n,r){let i=new URLSearchParams;for(let[s,a]of Object.entries(r??{}))a===void 0||a===""||(typeof a=="string"?i.set(s,a):a.length>0&&i.set(s,a.join(",")));let o=i.toString();return`#/${e}${n?"/"+encodeURIComponent(n):""}${o?"?"+o:""}`}function Q(e,n=!1){n?history.replaceState(null,"",e):location.hash=e,n&&window.dispatchEvent(new HashChangeEvent("hashchange"))}function $n(){let[e,n]=O(()=>Dn(location.hash));return P(()=>{let r=()=>n(Dn(location.hash));return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function Z(e,n){return(e.get(n)??"").split(",").filter(r=>r!=="")}function St(e){try{return decodeURIComponent(e)}catch{return e}}var Rn=new URL("../graphql",location.href).toString(),Nt=6e3,Me="knowledge-graph-explorer-key",L=class extends Error{constructor(r,i){super(r);this.code=i}code},Fe={UNAUTHENTICATED:"This graph is not open to anonymous readers: enter a reader key below.",FORBIDDEN:"The key given may not read this.",RATE_LIMITED:"Too many requests for now; wait a moment and try again.",BUDGET_EXCEEDED:"The request cost more than the budget left; wait a moment or narrow it.",NETWORK:"The explorer could not reach the API. Is the server running?",INTERNAL:"The server failed to answer this request."};function ee(){return sessionStorage.getItem(Me)??""}function On(e){e?sessionStorage.setItem(Me,e):sessionStorage.removeItem(Me)}async function ne(e,n,r){let i=e.toString(),o={Accept:"application/graphql-response+json, application/json"},s=ee();s&&(o.Authorization=`Bearer ${s}`);let a=new URL(Rn);a.searchParams.set("query",i),n&&Object.keys(n).length>0&&a.searchParams.set("variables",JSON.stringify(n));let d;try{d=a.toString().length<=Nt?await fetch(a,{headers:o,signal:r}):await fetch(Rn,{method:"POST",headers:{...o,"Content-Type":"application/json"},body:JSON.stringify({query:i,variables:n}),signal:r})}catch(p){throw r?.aborted?p:new L(Fe.NETWORK,"NETWORK")}let u;try{u=await d.json()}catch{throw new L(`The API answered ${d.status} ${d.statusText} without a GraphQL result.`,`HTTP_${d.status}`)}let l=u.errors?.[0];if(l||u.data==null){let p=l?.extensions?.code??`HTTP_${d.status}`,_=l?.message??"The API answered without data.";throw new L(Fe[p]?`${Fe[p]} (${_})`:_,p)}return u.data}function K(e,n){let r=n===null?null:JSON.stringify(n),[i,o]=O({status:"loading"});return P(()=>{if(r===null)return;let s=new AbortController;return o({status:"loading"}),ne(e,JSON.parse(r),s.signal).then(a=>o({status:"done",data:a}),a=>{s.signal.aborted||o({status:"error",error:a instanceof L?a:new L(String(a),"CLIENT")})}),()=>s.abort()},[e,r]),i}var V=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},An=new V(`
    query ExplorerIndustries {
  industries(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),Pn=new V(`
    query ExplorerJurisdictions {
  jurisdictions(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),Ln=new V(`
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
    `),Fn=new V(`
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
    `),Mn=new V(`
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
    `),Vn=new V(`
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
    `),Kn=new V(`
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
    `),Un=new V(`
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
    `),Gn=new V(`
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
    `);var $t={"\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":An,"\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":Pn,"\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n":Ln,"\n  query ExplorerCompare($industries: [ID!]!) {\n    compareStrategies(industries: $industries) {\n      industries { id name }\n      strategies {\n        kind sharedByAll\n        strategy { id name }\n        usedIn {\n          industry { id }\n          verdict\n          effects { positive negative mixed noEffect inconclusive total }\n          findingKinds { effect adoption prevalence process total }\n        }\n      }\n      byIndustry {\n        industry { id }\n        outcomes { category effects { positive negative mixed noEffect inconclusive total } findingKinds { effect adoption prevalence process total } }\n      }\n    }\n  }\n":Fn,"\n  query ExplorerGapCellFindings($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Finding {\n        kind evidenceKind evidenceStrength effect summary year sourcing\n        intervention { id name }\n      }\n    }\n  }\n":Mn,"\n  query ExplorerGapMap($rows: EvidenceMapRows!, $columns: EvidenceMapColumns!, $filter: EvidenceFilter) {\n    evidenceMap(rows: $rows, columns: $columns, filter: $filter) {\n      gapCount\n      rows { id name }\n      columns { id name }\n      cells {\n        row column isGap bestDesign bestEvidence weaklySourced findingIds\n        findingKinds { effect adoption prevalence process total }\n        effects { positive negative mixed noEffect inconclusive total }\n      }\n    }\n  }\n":Vn,"\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n":Kn,"\n  query ExplorerTransfer($industry: ID!) {\n    transferCandidates(industry: $industry, first: 20) {\n      score evidence distinctiveness similarity reason\n      intervention { id name }\n      fromIndustries { id name }\n      newStrategies { id name }\n      sharedFactors { name weight industries }\n      findings { id evidenceKind }\n    }\n    node(id: $industry) { id ... on Industry { name riskFactors } }\n    verdicts: whatWorked(kinds: [INTERVENTION], includeUnevidenced: false, first: 100) { verdict strategy { id } }\n  }\n":Un,"\n  query ExplorerWhatWorked(\n    $industry: ID, $jurisdiction: ID, $minEvidence: EvidenceStrength, $outcomeCategory: OutcomeCategory, $since: Int,\n    $includeUnevidenced: Boolean, $kinds: [StrategyKind!], $scope: [ID!]!\n  ) {\n    whatWorked(\n      industry: $industry, jurisdiction: $jurisdiction, minEvidence: $minEvidence, outcomeCategory: $outcomeCategory,\n      since: $since, includeUnevidenced: $includeUnevidenced, kinds: $kinds, first: 100\n    ) {\n      kind verdict score confidence bestDesign bestEvidence newestYear explanation weaklySourced sharedFindings\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { adopted summary }\n      strategy { id name }\n    }\n    nodes(ids: $scope) { id ... on Industry { name } ... on Jurisdiction { name } }\n  }\n":Gn};function R(e){return $t[e]??{}}var Ee=[{label:"INDUSTRY",name:"Industry",plural:"Industries",prefix:"industry",colour:"#1f5f99"},{label:"ORGANIZATION",name:"Organization",plural:"Organizations",prefix:"org",colour:"#6b3fa0"},{label:"PERSON",name:"Person",plural:"People",prefix:"person",colour:"#8a4b08"},{label:"TACTIC",name:"Tactic",plural:"Tactics",prefix:"tactic",colour:"#0f6e5a"},{label:"POLICY_LEVER",name:"Policy lever",plural:"Policy levers",prefix:"lever",colour:"#9c2f5e"},{label:"INTERVENTION",name:"Intervention",plural:"Interventions",prefix:"intervention",colour:"#b3261e"},{label:"JURISDICTION",name:"Jurisdiction",plural:"Jurisdictions",prefix:"jurisdiction",colour:"#4d5b12"},{label:"FINDING",name:"Finding",plural:"Findings",prefix:"finding",colour:"#205e6e"},{label:"OUTCOME",name:"Outcome",plural:"Outcomes",prefix:"outcome",colour:"#5c4a1e"},{label:"SOURCE",name:"Source",plural:"Sources",prefix:"source",colour:"#4a4f57"}],Rt=new Map(Ee.map(e=>[e.label,e])),Ot=new Map(Ee.map(e=>[e.prefix,e])),At=new Map(Ee.map(e=>[e.name.replace(" ",""),e]));function Wn(e){return Rt.get(e)??Ee[0]}function Ve(e){return Ot.get(e.slice(0,e.indexOf(":")))}function qn(e){return At.get(e)}var Pt=0;function t(e,n,r,i,o,s){n||(n={});var a,d,u=n;if("ref"in u)for(d in u={},n)d=="ref"?a=n[d]:u[d]=n[d];var l={type:e,props:u,key:r,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Pt,__i:-1,__u:0,__source:o,__self:s};if(typeof e=="function"&&(a=e.defaultProps))for(d in a)u[d]===void 0&&(u[d]=a[d]);return h.vnode&&h.vnode(l),l}var Lt=R(`
  query ExplorerIndustries {
    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),Ft=R(`
  query ExplorerJurisdictions {
    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),Or=R(`
  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, labels: $labels, first: 8) {
      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    }
  }
`),Ke=new Map;function Hn(e){let[n,r]=O({status:"loading"});return P(()=>{let i=Ke.get(e);i||(i=e==="industries"?ne(Lt,{}).then(s=>s.industries.nodes):ne(Ft,{}).then(s=>s.jurisdictions.nodes),i.catch(()=>Ke.delete(e)),Ke.set(e,i));let o=!0;return i.then(s=>o&&r({status:"done",options:s}),s=>o&&r({status:"error",error:s instanceof L?s:new L(String(s),"CLIENT")})),()=>{o=!1}},[e]),n}function H(e){return t(Bn,{...e,state:Hn("industries")})}function we(e){return t(Bn,{...e,state:Hn("jurisdictions")})}function Bn({label:e,value:n,onChange:r,none:i,state:o}){let s=In();return t("label",{for:s,children:[e,t("select",{id:s,value:n,disabled:o.status!=="done",onChange:a=>r(a.currentTarget.value),children:[i!==void 0||!n?t("option",{value:"",children:i??"Choose…"}):null,o.status==="done"?o.options.map(a=>t("option",{value:a.id,children:a.name},a.id)):null,o.status==="loading"?t("option",{value:n,children:"Loading…"}):null,o.status==="error"?t("option",{value:n,children:["Could not load the list (",o.error.code,")"]}):null]})]})}function Ue({what:e}){return t("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}function Ge({error:e}){return t("div",{class:"error",role:"alert",children:[t("p",{children:[t("strong",{children:"Could not load this view."})," ",e.message]}),t("p",{class:"error-code",children:["Error code: ",t("code",{children:e.code})]}),e.code==="UNAUTHENTICATED"||e.code==="FORBIDDEN"?t(Mt,{}):null]})}function Mt(){let[e,n]=O(ee());return t("form",{class:"key-form",onSubmit:r=>{r.preventDefault(),On(e.trim()),location.reload()},children:[t("label",{for:"reader-key",children:"Reader key"}),t("input",{id:"reader-key",type:"password",autocomplete:"off",value:e,onInput:r=>n(r.currentTarget.value)}),t("button",{type:"submit",children:"Use this key"})]})}function b({children:e}){return t("p",{class:"empty",role:"status",children:e})}function U({state:e,what:n,children:r}){return e.status==="loading"?t(Ue,{what:n}):e.status==="error"?t(Ge,{error:e.error}):t(y,{children:r(e.data)})}function Vt({label:e}){let n=Wn(e);return t("span",{class:`badge label-${n.prefix}`,children:n.name})}function M({id:e,name:n,badge:r=!0}){let i=Ve(e);return t("span",{class:"node-link",children:[r&&i?t(Vt,{label:i.label}):null,t("a",{href:v("node",e),children:n||e})]})}function G({value:e,kind:n}){return t("span",{class:`badge ${n} ${n}-${e.toLowerCase()}`,children:j(e)})}function j(e){return e.toLowerCase().replaceAll("_"," ")}function T({children:e}){return t("h1",{tabIndex:-1,class:"page-title",children:e})}var Kt={WORKED:"Worked",MIXED_EVIDENCE:"Mixed evidence",NO_EFFECT_FOUND:"No effect found",HARMFUL:"Harmful",INCONCLUSIVE:"Inconclusive",ADOPTED_ONLY:"Adopted, effect not measured",NO_EVIDENCE:"No evidence"},Ut={WORKED:"Effect findings point to an effect in the wanted direction, none against it.",MIXED_EVIDENCE:"Effect findings disagree, or are mixed.",NO_EFFECT_FOUND:"Measured with a design that can show an absence, and nothing changed.",HARMFUL:"Effect findings point to harm or a backlash.",INCONCLUSIVE:"Effect findings exist, but none can tell whether it worked.",ADOPTED_ONLY:"Adopted (enacted, signed, funded), but no effect was measured: adoption is not evidence that it worked.",NO_EVIDENCE:"Applied, but nothing was measured: this is not evidence that it failed."},We=["WORKED","MIXED_EVIDENCE","INCONCLUSIVE","NO_EFFECT_FOUND","HARMFUL","ADOPTED_ONLY","NO_EVIDENCE"];function Gt(e){return Kt[e]??e}function te({verdict:e}){return t("span",{class:`verdict verdict-${e.toLowerCase().replaceAll("_","-")}`,title:Ut[e],"data-verdict":e,children:Gt(e)})}function ae(e){if(e.total===0)return"No effect finding";let n=[[e.positive,"positive"],[e.mixed,"mixed"],[e.negative,"negative"],[e.noEffect,"no effect"],[e.inconclusive,"inconclusive"]].filter(([r])=>r>0).map(([r,i])=>`${r} ${i}`);return`${e.total} effect finding${e.total===1?"":"s"}: ${n.join(", ")}`}function re(e){return[[e.adoption,"adoption"],[e.process,"process"],[e.prevalence,"prevalence"]].filter(([n])=>n>0).map(([n,r])=>`${n} ${r}`).join(", ")}function qe(e){return e.toLowerCase().replaceAll("_"," ")}var Wt=R(`
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
`);function Qn({route:e}){let n=e.params.get("a")??"",r=e.params.get("b")??"",i=n!==""&&r!==""&&n!==r,o=K(Wt,i?{industries:[n,r]}:null),s=a=>Q(v("compare",void 0,a));return t("section",{class:"strategy-view",children:[t(T,{children:"Compare two industries"}),t("p",{class:"lead",children:"Which tactics and policy levers two industries share and which only one of them applies, with what the effect findings say in each. Adoption is counted apart and is never evidence that a strategy worked."}),t("form",{class:"filters","aria-label":"Industries to compare",onSubmit:a=>a.preventDefault(),children:[t(H,{label:"First industry",value:n,onChange:a=>s({a,b:r})}),t(H,{label:"Second industry",value:r,onChange:a=>s({a:n,b:a})}),t("button",{type:"button",disabled:!n&&!r,onClick:()=>s({a:r,b:n}),children:"Swap"})]}),i?t(U,{state:o,what:"the comparison",children:a=>a.compareStrategies?t(qt,{comparison:a.compareStrategies}):t(b,{children:"The API gave no comparison for these industries."})}):t(b,{children:n!==""&&n===r?"Choose two different industries.":"Choose two industries to compare their strategies."})]})}function qt({comparison:e}){let[n,r]=e.industries;if(!n||!r)return t(b,{children:"The API gave no comparison for these industries."});let i=e.strategies.filter(s=>s.sharedByAll),o=s=>e.strategies.filter(a=>!a.sharedByAll&&a.usedIn.some(d=>d.industry.id===s)).sort((a,d)=>We.indexOf(se(a,s).verdict)-We.indexOf(se(d,s).verdict));return t(y,{children:[t("h2",{id:"shared-heading",children:["Shared by both (",i.length,")"]}),i.length===0?t(b,{children:["No tactic or policy lever is applied in both ",n.name," and ",r.name,"."]}):t("table",{class:"strategy-table shared","aria-labelledby":"shared-heading",children:[t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Strategy"}),t("th",{scope:"col",children:["In ",n.name]}),t("th",{scope:"col",children:["In ",r.name]})]})}),t("tbody",{children:i.map(s=>t("tr",{"data-id":s.strategy.id,children:[t("th",{scope:"row","data-label":"Strategy",children:t(M,{id:s.strategy.id,name:s.strategy.name})}),t("td",{"data-label":`In ${n.name}`,children:t(He,{use:se(s,n.id)})}),t("td",{"data-label":`In ${r.name}`,children:t(He,{use:se(s,r.id)})})]},s.strategy.id))})]}),t("h2",{children:"Only one of them"}),t("div",{class:"compare-columns",children:[n,r].map((s,a)=>{let d=o(s.id),u=`only-heading-${a}`;return t("section",{class:"compare-column","aria-labelledby":u,children:[t("h3",{id:u,children:["Only in ",t("a",{href:v("node",s.id),children:s.name})," (",d.length,")"]}),d.length===0?t(b,{children:"Every tactic and lever applied here is applied in the other industry too."}):t("table",{class:"strategy-table distinct","aria-labelledby":u,children:[t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Strategy"}),t("th",{scope:"col",children:"Verdict there"})]})}),t("tbody",{children:d.map(l=>t("tr",{"data-id":l.strategy.id,children:[t("th",{scope:"row","data-label":"Strategy",children:t(M,{id:l.strategy.id,name:l.strategy.name})}),t("td",{"data-label":"Verdict there",children:t(He,{use:se(l,s.id)})})]},l.strategy.id))})]})]},s.id)})}),t(Ht,{comparison:e})]})}function se(e,n){return e.usedIn.find(r=>r.industry.id===n)}function He({use:e}){if(!e)return t("span",{class:"muted",children:"Not applied"});let n=re(e.findingKinds);return t(y,{children:[t(te,{verdict:e.verdict}),t("p",{class:"counts",children:[ae(e.effects),n?`; not counted: ${n}`:"","."]})]})}function Ht({comparison:e}){let[n,r]=e.industries,i=e.byIndustry,o=[...new Set(i.flatMap(a=>a.outcomes.map(d=>d.category)))].sort();if(!n||!r||o.length===0)return null;let s=(a,d)=>{let u=i.find(p=>p.industry.id===a)?.outcomes.find(p=>p.category===d);if(!u)return t("span",{class:"muted",children:"No finding"});let l=re(u.findingKinds);return t(y,{children:[ae(u.effects),l?t("span",{class:"muted",children:["; not counted: ",l]}):null]})};return t(y,{children:[t("h2",{id:"outcomes-heading",children:"Findings by outcome category"}),t("table",{class:"strategy-table outcomes","aria-labelledby":"outcomes-heading",children:[t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Outcome category"}),t("th",{scope:"col",children:n.name}),t("th",{scope:"col",children:r.name})]})}),t("tbody",{children:o.map(a=>t("tr",{children:[t("th",{scope:"row","data-label":"Outcome category",children:j(a)}),t("td",{"data-label":n.name,children:s(n.id,a)}),t("td",{"data-label":r.name,children:s(r.id,a)})]},a))})]})]})}var xe=[["TACTIC","Tactics"],["POLICY_LEVER","Policy levers"],["INTERVENTION","Interventions"]],Ce=[["INDUSTRY","Industries"],["OUTCOME_CATEGORY","Outcome categories"],["JURISDICTION","Jurisdictions"]],Be=["ANECDOTAL","LIMITED","MODERATE","STRONG"],Qe=["EFFECT","ADOPTION","PREVALENCE","PROCESS"],je=["SAFETY","REPORTING","ACCOUNTABILITY","AWARENESS","POLICY_CHANGE","ECONOMIC","WELLBEING"],Te=[{design:"SYSTEMATIC_REVIEW",code:"SysR",name:"systematic review",rank:9},{design:"RCT",code:"RCT",name:"randomized trial",rank:8},{design:"QUASI_EXPERIMENTAL",code:"QE",name:"quasi-experimental",rank:7},{design:"LONGITUDINAL",code:"Long",name:"longitudinal",rank:6},{design:"REPRESENTATIVE_SURVEY",code:"RepS",name:"representative survey",rank:5},{design:"CROSS_SECTIONAL_SURVEY",code:"XS",name:"cross-sectional survey",rank:4},{design:"ADMINISTRATIVE",code:"Adm",name:"administrative counts",rank:3},{design:"REVIEW",code:"Rev",name:"narrative review",rank:2},{design:"SELF_REPORTED",code:"Self",name:"self-reported",rank:1},{design:"ENACTMENT_ONLY",code:"Enact",name:"enactment only",rank:0}],jn=new Map(Te.map(e=>[e.design,e]));function J(e){return jn.get(e)??{design:e,code:e,name:e.toLowerCase(),rank:0}}var Bt={ANECDOTAL:1,LIMITED:2,MODERATE:3,STRONG:4};function Ye(e){return Bt[e]??0}function ke(e,n){return e!==null&&n.includes(e)?e:""}function Yn(e){let n=e.get("since")??"";return{rows:ke(e.get("rows"),xe.map(([r])=>r))||"TACTIC",columns:ke(e.get("columns"),Ce.map(([r])=>r))||"INDUSTRY",industries:Z(e,"industries"),jurisdiction:e.get("jurisdiction")??"",outcomeCategory:ke(e.get("outcomeCategory"),je),minEvidence:ke(e.get("minEvidence"),Be),since:/^\d{4}$/.test(n)?n:"",findingKinds:Z(e,"findingKinds").filter(r=>Qe.includes(r)),designs:Z(e,"designs").filter(r=>jn.has(r)),cell:e.get("cell")??""}}function ze(e,n=!0){return{rows:e.rows,columns:e.columns,industries:e.industries,jurisdiction:e.jurisdiction,outcomeCategory:e.outcomeCategory,minEvidence:e.minEvidence,since:e.since,findingKinds:e.findingKinds,designs:e.designs,cell:n?e.cell:""}}function zn(e){let n={};return e.industries.length>0&&(n.industries=[...e.industries]),e.jurisdiction&&(n.jurisdiction=e.jurisdiction),e.outcomeCategory&&(n.outcomeCategory=e.outcomeCategory),e.minEvidence&&(n.minEvidence=e.minEvidence),e.since&&(n.since=Number(e.since)),e.findingKinds.length>0&&(n.findingKinds=[...e.findingKinds]),e.designs.length>0&&(n.designs=[...e.designs]),Object.keys(n).length>0?n:null}function Jn(e){let n=new URLSearchParams;for(let[r,i]of Object.entries(ze(e,!1))){let o=typeof i=="string"?i:i.join(",");o&&n.set(r,o)}return`../export/evidence-map.csv?${n.toString()}`}function ie(e){return e.isGap?e.findingKinds.total>0?"other":"empty":"evidence"}function Ie(e,n,r=n+"s"){return`${e} ${e===1?n:r}`}function Je(e){let n=e.findingKinds;return[[n.adoption,"adoption"],[n.process,"process"],[n.prevalence,"prevalence"]].filter(([r])=>r>0).map(([r,i])=>`${r} ${i}`).join(", ")}function Xe(e){switch(ie(e)){case"empty":return"gap, no findings";case"other":return`gap, ${e.findingKinds.total} other ${e.findingKinds.total===1?"finding":"findings"}, none on effect (${Je(e)})`;default:{let n=e.bestDesign?J(e.bestDesign):null;return`best design ${n?`${n.code} (${n.name})`:"unknown"}, ${Ie(e.findingKinds.total,"finding")}, ${e.findingKinds.effect} on effect`}}}var Qt=R(`
  query ExplorerGapCellFindings($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Finding {
        kind evidenceKind evidenceStrength effect summary year sourcing
        intervention { id name }
      }
    }
  }
`),Xn=100;function jt(e){let[n,r]=O({status:"loading"}),i=e.join(",");return P(()=>{if(e.length===0){r({status:"done",findings:[]});return}let o=new AbortController;r({status:"loading"});let s=[];for(let a=0;a<e.length;a+=Xn)s.push(e.slice(a,a+Xn));return Promise.all(s.map(a=>ne(Qt,{ids:a},o.signal))).then(a=>r({status:"done",findings:a.flatMap(d=>d.nodes).filter(d=>d!=null&&"kind"in d).sort(Yt)}),a=>{o.signal.aborted||r({status:"error",error:a instanceof L?a:new L(String(a),"CLIENT")})}),()=>o.abort()},[i]),n}function Yt(e,n){return J(n.evidenceKind).rank-J(e.evidenceKind).rank||Ye(n.evidenceStrength)-Ye(e.evidenceStrength)||(n.year??0)-(e.year??0)||e.id.localeCompare(n.id)}function et({cell:e,row:n,column:r,description:i,onClose:o}){let s=jt(e.findingIds),a=Tn(null);P(()=>{a.current?.focus({preventScroll:!1})},[]);let d=ie(e),u=e.effects;return t("section",{class:"gap-panel","aria-labelledby":"gap-panel-title",children:[t("div",{class:"gap-panel-head",children:[t("h2",{id:"gap-panel-title",tabIndex:-1,ref:a,children:[n.name," × ",r.name]}),t("button",{type:"button",class:"gap-close",onClick:o,children:["Close",t("span",{class:"visually-hidden",children:" this cell"})]})]}),t("p",{class:"gap-panel-summary",children:[i.charAt(0).toUpperCase()+i.slice(1),"."]}),d==="evidence"?t("p",{children:["Effect findings: ",u.positive," positive, ",u.negative," negative, ",u.mixed," mixed, ",u.noEffect," no effect,"," ",u.inconclusive," inconclusive. Best evidence: ",e.bestEvidence?e.bestEvidence.toLowerCase():"—",e.bestDesign?`, from a ${J(e.bestDesign).name} design`:"",".",e.weaklySourced>0?` ${e.weaklySourced} of the effect findings rest only on self-published or secondary sources.`:""]}):t("p",{class:"gap-panel-gap",children:[t("strong",{children:"A gap:"})," no finding here measures an effect, so whether it worked here is unknown",d==="other"?`, whatever the ${Je(e)} finding(s) below say`:"","."]}),t("p",{class:"gap-panel-links",children:[t(M,{id:n.id,name:n.name}),r.id.includes(":")?t(y,{children:[" · ",t(M,{id:r.id,name:r.name})]}):null]}),s.status==="loading"?t(Ue,{what:"the cell's findings"}):null,s.status==="error"?t(Ge,{error:s.error}):null,s.status==="done"?t(zt,{findings:s.findings}):null]})}function zt({findings:e}){if(e.length===0)return t("p",{class:"empty",children:"No findings in this cell."});let n=e.filter(i=>i.kind==="EFFECT"),r=e.filter(i=>i.kind!=="EFFECT");return t(y,{children:[n.length>0?t(y,{children:[t("h3",{children:["Effect findings (",n.length,")"]}),t("ul",{class:"gap-findings",children:n.map(i=>t(Zn,{finding:i},i.id))})]}):null,r.length>0?t(y,{children:[t("h3",{children:["Other findings (",r.length,"): what was adopted, done or found common — not evidence of effect"]}),t("ul",{class:"gap-findings",children:r.map(i=>t(Zn,{finding:i},i.id))})]}):null]})}function Zn({finding:e}){return t("li",{class:"gap-finding",children:[t("div",{class:"gap-badges",children:[t(G,{value:e.kind,kind:"kind"}),e.effect?t(G,{value:e.effect,kind:"effect"}):null,t(G,{value:e.evidenceKind,kind:"design"}),t(G,{value:e.evidenceStrength,kind:"strength"}),e.year?t("span",{class:"gap-year",children:e.year}):null]}),t("p",{class:"gap-finding-summary",children:t("a",{href:v("node",e.id),children:e.summary})}),e.intervention?t("p",{class:"gap-finding-about",children:["About ",t(M,{id:e.intervention.id,name:e.intervention.name})]}):null]})}var Jt=R(`
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
`);function nt({route:e}){let n=Yn(e.params),r={rows:n.rows,columns:n.columns,filter:zn(n)},i=K(Jt,r),o=JSON.stringify(r),[s,a]=O("");P(()=>{i.status==="done"&&a(o)},[i]);let d=(u,l=!0)=>Q(v("gaps",void 0,ze({...n,...u})),l);return t("section",{class:"gap-map",children:[t(T,{children:"Evidence gap map"}),t("p",{class:"lead",children:["Where is there evidence of what worked, and where is it missing? A cell is coloured by the best study design among its ",t("strong",{children:"effect"})," findings; a hatched cell holds only adoption, process or prevalence findings, which say what was done there, not whether it worked: it is still a gap."]}),t(Zt,{params:n,go:d}),t(Xt,{href:Jn(n)}),t(U,{state:i,what:"the evidence map",children:u=>u.evidenceMap?t(tr,{map:u.evidenceMap,params:n,go:d,shown:s}):t(b,{children:"The API answered without a map."})})]})}function Xt({href:e}){let[n,r]=O(""),i=async()=>{r("");try{let o=await fetch(new URL(e,location.href),{headers:{Authorization:`Bearer ${ee()}`}});if(!o.ok){let d=await o.json().catch(()=>null);r(`The download was refused (${o.status}): ${d?.errors?.[0]?.message??o.statusText}`);return}let s=URL.createObjectURL(await o.blob()),a=document.createElement("a");a.href=s,a.download=/filename="([^"]+)"/.exec(o.headers.get("Content-Disposition")??"")?.[1]??"evidence-map.csv",a.click(),setTimeout(()=>URL.revokeObjectURL(s),1e4)}catch{r("The explorer could not reach the API for the download. Is the server running?")}};return t(y,{children:[t("p",{class:"gap-download",children:[t("a",{href:e,download:!0,onClick:o=>{ee()&&(o.preventDefault(),i())},children:"Download this map as CSV"})," ","(one line per cell, the same filters)."]}),n?t("p",{class:"error",role:"alert",children:n}):null]})}function Zt({params:e,go:n}){let[r]=O(e.findingKinds.length+e.designs.length>0),i=(o,s,a)=>a?[...o.filter(d=>d!==s),s]:o.filter(d=>d!==s);return t("form",{class:"filters gap-filters","aria-label":"Map and filters",onSubmit:o=>o.preventDefault(),children:[t("label",{children:["Rows",t("select",{value:e.rows,onChange:o=>n({rows:o.currentTarget.value,cell:""}),children:xe.map(([o,s])=>t("option",{value:o,children:s},o))})]}),t("label",{children:["Columns",t("select",{value:e.columns,onChange:o=>n({columns:o.currentTarget.value,cell:""}),children:Ce.map(([o,s])=>t("option",{value:o,children:s},o))})]}),t("label",{children:["Minimum strength",t("select",{value:e.minEvidence,onChange:o=>n({minEvidence:o.currentTarget.value}),children:[t("option",{value:"",children:"Any"}),Be.map(o=>t("option",{value:o,children:j(o)},o))]})]}),t("label",{children:["Outcome category",t("select",{value:e.outcomeCategory,onChange:o=>n({outcomeCategory:o.currentTarget.value}),children:[t("option",{value:"",children:"Any"}),je.map(o=>t("option",{value:o,children:j(o)},o))]})]}),t(H,{label:"Industry",none:"Any industry",value:e.industries.length===1?e.industries[0]:"",onChange:o=>n({industries:o?[o]:[]})}),t(we,{label:"Jurisdiction (and inside it)",none:"Any jurisdiction",value:e.jurisdiction,onChange:o=>n({jurisdiction:o})}),t("label",{children:["Since year",t("input",{type:"number",min:1900,max:2100,step:1,inputMode:"numeric",class:"gap-since",value:e.since,onChange:o=>{let s=o.currentTarget.value.trim();n({since:/^\d{4}$/.test(s)?s:""})}})]}),t("details",{class:"gap-more",open:r,children:[t("summary",{children:["Finding kinds and study designs",e.findingKinds.length+e.designs.length>0?` (${e.findingKinds.length+e.designs.length} ticked)`:""]}),t("fieldset",{class:"gap-checks",children:[t("legend",{children:"Finding kinds (none ticked: all)"}),Qe.map(o=>t("label",{class:"gap-check",children:[t("input",{type:"checkbox",checked:e.findingKinds.includes(o),onChange:s=>n({findingKinds:i(e.findingKinds,o,s.currentTarget.checked)})}),j(o)]},o))]}),t("fieldset",{class:"gap-checks",children:[t("legend",{children:"Study designs (none ticked: all)"}),Te.map(({design:o,name:s})=>t("label",{class:"gap-check",children:[t("input",{type:"checkbox",checked:e.designs.includes(o),onChange:a=>n({designs:i(e.designs,o,a.currentTarget.checked)})}),s]},o))]})]}),t("a",{class:"gap-reset",href:v("gaps",void 0,{rows:e.rows,columns:e.columns}),children:"Clear filters"})]})}function er(e,n){return e==="OUTCOME_CATEGORY"?nr(j(n.name)):n.name}function nr(e){return e.charAt(0).toUpperCase()+e.slice(1)}function tr({map:e,params:n,go:r,shown:i}){let o=be(()=>e.columns.map(m=>({...m,name:er(n.columns,m)})),[e,n.columns]),s=be(()=>new Map(e.cells.map(m=>[`${m.row}|${m.column}`,m])),[e]),[a,d]=n.cell.split("|"),u=e.rows.findIndex(m=>m.id===a),l=o.findIndex(m=>m.id===d),[p,_]=O([Math.max(u,0),Math.max(l,0)]);if(P(()=>{u>=0&&l>=0&&_([u,l])},[u,l]),e.rows.length===0||o.length===0)return t(b,{children:["This map has no ",e.rows.length===0?"rows":"columns"," with these filters."]});let c=e.cells.map(ie),g=c.filter(m=>m==="evidence").length,E=c.filter(m=>m==="other").length,D=xe.find(([m])=>m===n.rows)?.[1]??"rows",k=Ce.find(([m])=>m===n.columns)?.[1]??"columns",x=(m,I,S)=>{let $=[e.rows.length-1,o.length-1],N=null;m.key==="ArrowRight"?N=[I,Math.min(S+1,$[1])]:m.key==="ArrowLeft"?N=[I,Math.max(S-1,0)]:m.key==="ArrowDown"?N=[Math.min(I+1,$[0]),S]:m.key==="ArrowUp"?N=[Math.max(I-1,0),S]:m.key==="Home"?N=m.ctrlKey?[0,0]:[I,0]:m.key==="End"&&(N=m.ctrlKey?[$[0],$[1]]:[I,$[1]]),N&&(m.preventDefault(),_(N),document.getElementById(`gap-cell-${N[0]}-${N[1]}`)?.focus())},f=u>=0&&l>=0?s.get(n.cell):void 0;return t(y,{children:[t("p",{class:"gap-summary",role:"status",children:[e.rows.length," ",D.toLowerCase()," × ",o.length," ",k.toLowerCase(),": ",Ie(g,"cell")," with evidence of effect, ",Ie(e.gapCount,"gap")," (",E," of them hold only adoption, process or prevalence findings)."]}),t(rr,{}),t("div",{class:"table-scroll gap-scroll",children:t("table",{class:"gap-table","data-query":i,children:[t("caption",{children:["Evidence gap map: ",D.toLowerCase()," by ",k.toLowerCase(),". Each cell is a button that lists its findings; arrow keys move between cells."]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",class:"gap-corner",children:[D," \\ ",k]}),o.map(m=>t("th",{scope:"col",class:"gap-col",children:m.name},m.id))]})}),t("tbody",{children:e.rows.map((m,I)=>t("tr",{children:[t("th",{scope:"row",class:"gap-row",children:m.name}),o.map((S,$)=>{let N=`${m.id}|${S.id}`,F=s.get(N);if(!F)return t("td",{class:"gap-cell",children:"—"},S.id);let Y=ie(F),A=F.bestDesign?J(F.bestDesign):null,W=`${m.name} × ${S.name}: ${Xe(F)}`,Ze=n.cell===N;return t("td",{class:`gap-cell gap-${Y}${A?` gap-rank-${A.rank}`:""}`,children:t("button",{type:"button",id:`gap-cell-${I}-${$}`,tabIndex:p[0]===I&&p[1]===$?0:-1,"aria-label":W,"aria-pressed":Ze,title:W,onFocus:()=>_([I,$]),onKeyDown:mt=>x(mt,I,$),onClick:()=>r({cell:Ze?"":N},!1),children:Y==="evidence"?t(y,{children:[t("span",{class:"gap-mark",children:A?.code})," ",t("span",{class:"gap-n",children:F.findingKinds.total})]}):Y==="other"?t(y,{children:[t("span",{class:"gap-mark",children:"gap"})," ",t("span",{class:"gap-n",children:[F.findingKinds.total," other"]})]}):t("span",{class:"gap-mark",children:"gap"})})},S.id)})]},m.id))})]})}),f?t(et,{cell:f,row:e.rows[u],column:o[l],description:Xe(f),onClose:()=>{r({cell:""},!1),document.getElementById(`gap-cell-${u}-${l}`)?.focus()}},n.cell):n.cell?t(b,{children:"The cell in the link is not on this map; choose another."}):null]})}function rr(){return t("div",{class:"gap-legend","aria-label":"Legend",children:[t("p",{class:"gap-legend-title",children:"Best study design among the cell's effect findings (darker is stronger), with its mark:"}),t("ul",{class:"gap-legend-list",children:[Te.filter(e=>e.rank>0).map(e=>t("li",{children:[t("span",{class:`gap-swatch gap-evidence gap-rank-${e.rank}`,"aria-hidden":"true",children:e.code})," ",e.name]},e.design)),t("li",{children:[t("span",{class:"gap-swatch gap-other","aria-hidden":"true",children:"gap"})," findings, but none on effect (adoption, process or prevalence only): still a gap"]}),t("li",{children:[t("span",{class:"gap-swatch gap-empty","aria-hidden":"true",children:"gap"})," no findings at all"]})]}),t("p",{class:"gap-legend-note",children:"The number in a cell counts all its findings, of every kind."})]})}function tt(e){return t("section",{children:[t(T,{children:"GraphView"}),t(b,{children:"This view is not built yet."})]})}var ir=R(`
  query ExplorerHome {
    stats {
      nodesByLabel { key count }
      findingsByKind { key count }
    }
  }
`);function rt(){let e=K(ir,{});return t("section",{children:[t(T,{children:"Which interventions worked where"}),t("p",{class:"lead",children:"Industries, organizations, tactics, policy levers, interventions and the findings and sources that evidence them. A finding says what kind of claim it is — an effect, an adoption, a prevalence figure — and on what design; adoption is never shown as proof that something worked."}),t("ul",{class:"view-list",children:[t("li",{children:[t("a",{href:v("search"),children:"Search"})," the graph and open any node's page and evidence."]}),t("li",{children:[t("a",{href:v("graph"),children:"Graph"}),": a node's neighbourhood as a picture, expanded by click."]}),t("li",{children:[t("a",{href:v("path"),children:"Paths"})," between two nodes, with the citation of each hop."]}),t("li",{children:[t("a",{href:v("gaps"),children:"Gap map"}),": strategies against industries, outcomes or places, coloured by the best design."]}),t("li",{children:[t("a",{href:v("worked"),children:"What worked"})," in an industry, ",t("a",{href:v("compare"),children:"compare"})," two industries, and ",t("a",{href:v("transfer"),children:"transfer"})," candidates."]})]}),t("h2",{children:"In this graph"}),t(U,{state:e,what:"the graph's counts",children:n=>n.stats?t("table",{class:"counts",children:[t("caption",{children:"Nodes by label"}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Label"}),t("th",{scope:"col",children:"Nodes"})]})}),t("tbody",{children:n.stats.nodesByLabel.map(r=>t("tr",{children:[t("th",{scope:"row",children:qn(r.key)?.plural??r.key}),t("td",{children:r.count})]},r.key))})]}):null})]})}function it(e){return t("section",{children:[t(T,{children:"NodeView"}),t(b,{children:"This view is not built yet."})]})}function ot(e){return t("section",{children:[t(T,{children:"PathView"}),t(b,{children:"This view is not built yet."})]})}function at(e){return t("section",{children:[t(T,{children:"SearchView"}),t(b,{children:"This view is not built yet."})]})}var or=R(`
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
`);function st({route:e}){let n=e.params.get("industry")??"",r=K(or,n?{industry:n}:null);return t("section",{class:"strategy-view",children:[t(T,{children:"Transfer candidates"}),t("p",{class:"lead",children:"Interventions with positive effect evidence in industries that share this industry's harassment risk factors, and that bring tactics or policy levers not applied here yet. The rarer a shared risk factor, the more it weighs; a factor every industry has says nothing."}),t("form",{class:"filters",onSubmit:i=>i.preventDefault(),children:t(H,{label:"Industry",value:n,none:"Choose an industry…",onChange:i=>Q(v("transfer",void 0,{industry:i}))})}),n?t(U,{state:r,what:"the transfer candidates",children:i=>{let o=i.node&&"riskFactors"in i.node?i.node:null,s=new Map((i.verdicts??[]).map(a=>[a.strategy.id,a.verdict]));return t(y,{children:[o?t("p",{class:"own-factors",children:[t("strong",{children:o.name}),": ",o.riskFactors.length===0?"no risk factors recorded, so no industry can be matched to it.":t(y,{children:["risk factors ",o.riskFactors.map(a=>t("span",{class:"badge risk-factor",children:qe(a)},a))]})]}):null,t(ar,{candidates:i.transferCandidates??[],verdicts:s,name:o?.name??n}),t("p",{class:"hint",children:["What the industry itself has tried: ",t("a",{href:v("worked",void 0,{industry:n}),children:["what worked in ",o?.name??n]}),"."]})]})}}):t(b,{children:"Choose an industry to see what worked elsewhere under the same risks."})]})}function ar({candidates:e,verdicts:n,name:r}){return e.length===0?t(b,{children:["No transfer candidate for ",r,": no intervention with positive effect evidence in an industry sharing its risk factors brings a strategy not applied here."]}):t("table",{class:"strategy-table transfer",children:[t("caption",{children:[e.length," candidate",e.length===1?"":"s"," for ",r,", ranked by effect evidence × (1 + distinctiveness of the shared risk factors)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Rank"}),t("th",{scope:"col",children:"Intervention and where it worked"}),t("th",{scope:"col",children:"Shared risk factors"}),t("th",{scope:"col",children:"Why it is a candidate"}),t("th",{scope:"col",children:"What it would bring"})]})}),t("tbody",{children:e.map((i,o)=>{let s=n.get(i.intervention.id),a=i.findings.length;return t("tr",{"data-id":i.intervention.id,children:[t("td",{"data-label":"Rank",class:"rank",children:o+1}),t("th",{scope:"row","data-label":"Intervention",children:[t(M,{id:i.intervention.id,name:i.intervention.name}),t("p",{class:"from",children:["From ",i.fromIndustries.map((d,u)=>t("span",{children:[u>0?", ":"",t("a",{href:v("node",d.id),children:d.name})]},d.id))]}),t("p",{children:s?t(te,{verdict:s}):t("span",{class:"muted",children:"Verdict on its page"})})]}),t("td",{"data-label":"Shared risk factors",children:t("ul",{class:"factors",children:i.sharedFactors.map(d=>t("li",{children:[t("span",{class:"badge risk-factor",children:qe(d.name)})," ",t("span",{class:"muted",children:[d.weight>0?`weight ${d.weight.toFixed(2)}`:"weight 0: every industry has it",", ",d.industries," industr",d.industries===1?"y":"ies"]})]},d.name))})}),t("td",{"data-label":"Why",children:[t("p",{class:"reason",children:i.reason}),t("p",{class:"numbers",children:[a," positive effect finding",a===1?"":"s","; net effect evidence ",i.evidence.toFixed(3),", distinctiveness ",i.distinctiveness.toFixed(3),", score ",i.score.toFixed(3)," ","(risk-factor similarity ",Math.round(i.similarity*100),"%, not scored)"]}),t("p",{class:"designs",children:["Designs: ",sr(i.findings).map(([d,u])=>t("span",{class:"design-count",children:[t(G,{kind:"design",value:d}),u>1?`×${u}`:""]},d))]})]}),t("td",{"data-label":"Would bring",children:t("ul",{class:"brings",children:i.newStrategies.map(d=>t("li",{children:t(M,{id:d.id,name:d.name})},d.id))})})]},i.intervention.id)})})]})}function sr(e){let n=new Map;for(let r of e)n.set(r.evidenceKind,(n.get(r.evidenceKind)??0)+1);return[...n].sort((r,i)=>i[1]-r[1])}var dr=R(`
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
`),lr=100,dt=["ANECDOTAL","LIMITED","MODERATE","STRONG"],lt=["ACCOUNTABILITY","AWARENESS","ECONOMIC","POLICY_CHANGE","REPORTING","SAFETY","WELLBEING"],ct=[["TACTIC","Tactics"],["POLICY_LEVER","Policy levers"],["INTERVENTION","Interventions"]];function cr(e){let n=e.get("minEvidence")??"",r=e.get("outcome")??"",i=e.get("since")??"";return{industry:e.get("industry")??"",jurisdiction:e.get("jurisdiction")??"",minEvidence:dt.includes(n)?n:"",outcome:lt.includes(r)?r:"",since:/^\d{4}$/.test(i)?i:"",unevidenced:e.get("unevidenced")!=="0",kinds:Z(e,"kinds").filter(o=>ct.some(([s])=>s===o))}}function ur(e){return v("worked",void 0,{industry:e.industry,jurisdiction:e.jurisdiction,minEvidence:e.minEvidence,outcome:e.outcome,since:e.since,unevidenced:e.unevidenced?void 0:"0",kinds:e.kinds})}function ut({route:e}){let n=cr(e.params),r=(a,d=!0)=>Q(ur({...n,...a}),d),i=a=>{let d=a.trim();d!==n.since&&r({since:/^\d{4}$/.test(d)?d:""})},o=[n.industry,n.jurisdiction].filter(a=>a!==""),s=K(dr,o.length===0?null:{industry:n.industry||null,jurisdiction:n.jurisdiction||null,minEvidence:n.minEvidence||null,outcomeCategory:n.outcome||null,since:n.since?Number(n.since):null,includeUnevidenced:n.unevidenced,kinds:n.kinds.length>0?[...n.kinds]:null,scope:o});return t("section",{class:"strategy-view",children:[t(T,{children:"What worked"}),t("p",{class:"lead",children:"The tactics, policy levers and interventions applied in an industry, ranked by the evidence that they changed an outcome. Only effect findings count toward a verdict; adoption (a law enacted, a contract signed) is shown beside it and is never evidence that a strategy worked."}),t("form",{class:"filters","aria-label":"What worked: filters",onSubmit:a=>{a.preventDefault(),i(a.currentTarget.elements.namedItem("since").value)},children:[t(H,{label:"Industry",value:n.industry,none:"Choose an industry…",onChange:a=>r({industry:a},!1)}),t(we,{label:"Jurisdiction",value:n.jurisdiction,none:"Anywhere",onChange:a=>r({jurisdiction:a},!1)}),t("label",{children:["Findings at least",t("select",{value:n.minEvidence,onChange:a=>r({minEvidence:a.currentTarget.value}),children:[t("option",{value:"",children:"Any strength"}),dt.map(a=>t("option",{value:a,children:a.toLowerCase()},a))]})]}),t("label",{children:["Outcome",t("select",{value:n.outcome,onChange:a=>r({outcome:a.currentTarget.value}),children:[t("option",{value:"",children:"Any outcome"}),lt.map(a=>t("option",{value:a,children:a.toLowerCase().replaceAll("_"," ")},a))]})]}),t("label",{children:["Findings since (year)",t("input",{name:"since",type:"number",inputMode:"numeric",min:1900,max:2100,step:1,placeholder:"Any year",value:n.since,onChange:a=>i(a.currentTarget.value)})]}),t("fieldset",{class:"kinds",children:[t("legend",{children:"Kinds (none ticked: all)"}),ct.map(([a,d])=>t("label",{class:"check",children:[t("input",{type:"checkbox",checked:n.kinds.includes(a),onChange:u=>r({kinds:u.currentTarget.checked?[...n.kinds,a]:n.kinds.filter(l=>l!==a)})}),d]},a))]}),t("label",{class:"check",children:[t("input",{type:"checkbox",checked:n.unevidenced,onChange:a=>r({unevidenced:a.currentTarget.checked})}),"Include strategies with no evidence"]})]}),o.length===0?t(b,{children:"Choose an industry (and, if you like, a jurisdiction) to see which strategies worked there."}):t(U,{state:s,what:"the ranking",children:a=>t(pr,{results:a.whatWorked??[],filters:n,names:a.nodes,onIncludeUnevidenced:()=>r({unevidenced:!0})})})]})}function pr({results:e,filters:n,names:r,onIncludeUnevidenced:i}){let o=l=>r.find(p=>p?.id===l)?.name??l,s=[n.industry?o(n.industry):"",n.jurisdiction?`in ${o(n.jurisdiction)}`:""].filter(Boolean).join(" "),a=n.minEvidence!==""||n.outcome!==""||n.since!==""||n.kinds.length>0;if(e.length===0)return t("div",{class:"empty-state",children:[t(b,{children:["No strategy has evidence for ",s,a?" with these filters":"","."]}),n.unevidenced?t("p",{children:[a?"Try fewer filters: ":"","no strategy is recorded as applied here."]}):t("p",{children:["Strategies applied here without evidence are hidden. ",t("button",{type:"button",onClick:i,children:"Include strategies with no evidence"})]})]});let d=new Map;for(let l of e)d.set(l.verdict,(d.get(l.verdict)??0)+1);let u=d.get("WORKED")??0;return t(y,{children:[t("p",{class:"summary",role:"status",children:[e.length,e.length===lr?" (the first 100)":""," strategies for ",t("strong",{children:s}),":"," ",u," with evidence that they worked, ",d.get("ADOPTED_ONLY")??0," adopted with no effect measured",n.unevidenced?`, ${d.get("NO_EVIDENCE")??0} with no evidence`:"","."]}),t("table",{class:"strategy-table ranking",children:[t("caption",{children:["Strategies for ",s,", ranked by effect evidence (score, then confidence)"]}),t("thead",{children:t("tr",{children:[t("th",{scope:"col",children:"Rank"}),t("th",{scope:"col",children:"Strategy"}),t("th",{scope:"col",children:"Verdict and reason"}),t("th",{scope:"col",children:"Effect evidence"}),t("th",{scope:"col",children:"Adoption and other findings (not evidence of an effect)"})]})}),t("tbody",{children:e.map((l,p)=>t("tr",{"data-id":l.strategy.id,children:[t("td",{"data-label":"Rank",class:"rank",children:p+1}),t("th",{scope:"row","data-label":"Strategy",children:t(M,{id:l.strategy.id,name:l.strategy.name})}),t("td",{"data-label":"Verdict",children:[t(te,{verdict:l.verdict}),t("p",{class:"reason",children:l.explanation})]}),t("td",{"data-label":"Effect evidence",children:[t("p",{children:ae(l.effects)}),l.bestEvidence||l.bestDesign?t("p",{class:"badges",children:["Best evidence ",l.bestEvidence?t(G,{kind:"strength",value:l.bestEvidence}):null,l.bestDesign?t(y,{children:[" from a ",t(G,{kind:"design",value:l.bestDesign})," design"]}):null]}):null,l.effects.total>0?t("p",{class:"numbers",children:["Score ",l.score.toFixed(3),", confidence ",l.confidence.toFixed(3),l.newestYear?`, newest ${l.newestYear}`:""]}):null,l.weaklySourced>0?t("p",{class:"note",children:[l.weaklySourced," rest only on self-published or secondary sources."]}):null,l.sharedFindings>0?t("p",{class:"note",children:[l.sharedFindings," shared with other strategies of the same interventions."]}):null]}),t("td",{"data-label":"Adoption (not evidence)",children:[t("p",{children:l.adoption.summary}),re(l.findingKinds)?t("p",{class:"note",children:["Other findings: ",re(l.findingKinds),"."]}):null]})]},l.strategy.id))})]}),t("p",{class:"hint",children:["Open a strategy for its evidence card: every finding with its design, strength and sources.",n.industry?t(y,{children:[" See also what ",t("a",{href:v("transfer",void 0,{industry:n.industry}),children:"worked elsewhere under the same risks"}),", or ",t("a",{href:v("compare",void 0,{a:n.industry}),children:"compare with another industry"}),"."]}):null]})]})}var gr=[["search","Search"],["graph","Graph"],["path","Paths"],["gaps","Gap map"],["worked","What worked"],["compare","Compare"],["transfer","Transfer"]];function pt(){let e=$n();return P(()=>{document.querySelector(".page-title")?.focus({preventScroll:!0})},[e.view,e.id]),t(y,{children:[t("a",{class:"skip-link",href:"#main",onClick:n=>{n.preventDefault(),document.getElementById("main")?.focus()},children:"Skip to content"}),t("header",{class:"site-header",children:[t("a",{class:"brand",href:v("home"),children:"KnowledgeGraph explorer"}),t("nav",{"aria-label":"Views",children:t("ul",{children:gr.map(([n,r])=>t("li",{children:t("a",{href:v(n),"aria-current":e.view===n||n==="search"&&e.view==="node"?"page":void 0,children:r})},n))})})]}),t("main",{id:"main",tabIndex:-1,children:t(mr,{route:e})}),t("footer",{class:"site-footer",children:["Read from this server's ",t("a",{href:"../graphql",children:"GraphQL API"}),". ",t("a",{href:"THIRD-PARTY-NOTICES.txt",children:"Third-party notices"}),"."]})]})}function mr({route:e}){switch(e.view){case"search":return t(at,{route:e});case"node":return t(it,{route:e});case"graph":return t(tt,{route:e});case"path":return t(ot,{route:e});case"gaps":return t(nt,{route:e});case"worked":return t(ut,{route:e});case"compare":return t(Qn,{route:e});case"transfer":return t(st,{route:e});default:return t(rt,{})}}var gt=document.getElementById("app");gt.replaceChildren();yn(t(pt,{}),gt);

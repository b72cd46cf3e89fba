var se,g,Fe,$n,F,Re,$e,Ke,me,ne,J,Ve,_e,fe,ge,Kn,ie={},oe=[],Vn=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,le=Array.isArray;function D(e,n){for(var t in n)e[t]=n[t];return e}function ye(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Un(e,n,t){var i,a,o,s={};for(o in n)o=="key"?i=n[o]:o=="ref"?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?se.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)s[o]===void 0&&(s[o]=e.defaultProps[o]);return te(e,s,i,a,null)}function te(e,n,t,i,a){var o={type:e,props:n,key:t,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++Fe,__i:-1,__u:0};return a==null&&g.vnode!=null&&g.vnode(o),o}function E(e){return e.children}function re(e,n){this.props=e,this.context=n}function V(e,n){if(n==null)return e.__?V(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?V(e):null}function qn(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,i=[],a=[],o=D({},n);o.__v=n.__v+1,g.vnode&&g.vnode(o),he(e.__P,o,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,i,t??V(n),!!(32&n.__u),a),o.__v=n.__v,o.__.__k[o.__i]=o,He(i,o,a),n.__e=n.__=null,o.__e!=t&&Ue(o)}}function Ue(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),Ue(e)}function Ae(e){(!e.__d&&(e.__d=!0)&&F.push(e)&&!ae.__r++||Re!=g.debounceRendering)&&((Re=g.debounceRendering)||$e)(ae)}function ae(){try{for(var e,n=1;F.length;)F.length>n&&F.sort(Ke),e=F.shift(),n=F.length,qn(e)}finally{F.length=ae.__r=0}}function qe(e,n,t,i,a,o,s,c,u,d,p){var f,l,m,y,T,N,S=i&&i.__k||oe,_=n.length;for(u=Mn(t,n,S,u,_),f=0;f<_;f++)(m=t.__k[f])!=null&&(l=m.__i!=-1&&S[m.__i]||ie,m.__i=f,N=he(e,m,l,a,o,s,c,u,d,p),y=m.__e,m.ref&&l.ref!=m.ref&&(l.ref&&be(l.ref,null,m),p.push(m.ref,m.__c||y,m)),T==null&&y!=null&&(T=y),4&m.__u?(u=Me(m,u,e),l.__e&&(l.__e=null)):typeof m.type=="function"&&N!==void 0?u=N:y&&(u=y.nextSibling),m.__u&=-7);return t.__e=T,u}function Mn(e,n,t,i,a){var o,s,c,u,d,p=t.length,f=p,l=0;for(e.__k=new Array(a),o=0;o<a;o++)(s=n[o])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[o]=te(null,s,null,null,null):le(s)?s=e.__k[o]=te(E,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[o]=te(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[o]=s,u=o+l,s.__=e,s.__b=e.__b+1,c=null,(d=s.__i=zn(s,t,u,f))!=-1&&(f--,(c=t[d])&&(c.__u|=2)),c==null||c.__v==null?(d==-1&&(a>p?l--:a<p&&l++),typeof s.type!="function"&&(s.__u|=4)):d!=u&&(d==u-1?l--:d==u+1?l++:(d>u?l--:l++,s.__u|=4))):e.__k[o]=null;if(f)for(o=0;o<p;o++)(c=t[o])!=null&&(2&c.__u)==0&&(c.__e==i&&(i=V(c)),We(c,c));return i}function Me(e,n,t){var i,a;if(typeof e.type=="function"){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,n=Me(i[a],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=V(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function zn(e,n,t,i){var a,o,s,c=e.key,u=e.type,d=n[t],p=d!=null&&(2&d.__u)==0;if(d===null&&c==null||p&&c==d.key&&u==d.type)return t;if(i>(p?1:0)){for(a=t-1,o=t+1;a>=0||o<n.length;)if((d=n[s=a>=0?a--:o++])!=null&&(2&d.__u)==0&&c==d.key&&u==d.type)return s}return-1}function De(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||Vn.test(n)?t:t+"px"}function ee(e,n,t,i,a){var o,s;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof i=="string"&&(e.style.cssText=i=""),i)for(n in i)t&&n in t||De(e.style,n,"");if(t)for(n in t)i&&t[n]==i[n]||De(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")o=n!=(n=n.replace(Ve,"$1")),s=n.toLowerCase(),n=s in e||n=="onFocusOut"||n=="onFocusIn"?s.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+o]=t,t?i?t[J]=i[J]:(t[J]=_e,e.addEventListener(n,o?ge:fe,o)):e.removeEventListener(n,o?ge:fe,o);else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function Le(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[ne]==null)n[ne]=_e++;else if(n[ne]<t[J])return;return t(g.event?g.event(n):n)}}}function he(e,n,t,i,a,o,s,c,u,d){var p,f,l,m,y,T,N,S,_,C,G,K,Y,Pe,Z,pe,P=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(u=!!(32&t.__u),o=[c=n.__e=t.__e]),(p=g.__b)&&p(n);e:if(typeof P=="function"){f=s.length;try{if(_=n.props,C=P.prototype&&P.prototype.render,G=(p=P.contextType)&&i[p.__c],K=p?G?G.props.value:p.__:i,t.__c?S=(l=n.__c=t.__c).__=l.__E:(C?n.__c=l=new P(_,K):(n.__c=l=new re(_,K),l.constructor=P,l.render=Bn),G&&G.sub(l),l.state||(l.state={}),l.__n=i,m=l.__d=!0,l.__h=[],l._sb=[]),C&&l.__s==null&&(l.__s=l.state),C&&P.getDerivedStateFromProps!=null&&(l.__s==l.state&&(l.__s=D({},l.__s)),D(l.__s,P.getDerivedStateFromProps(_,l.__s))),y=l.props,T=l.state,l.__v=n,m)C&&P.getDerivedStateFromProps==null&&l.componentWillMount!=null&&l.componentWillMount(),C&&l.componentDidMount!=null&&l.__h.push(l.componentDidMount);else{if(C&&P.getDerivedStateFromProps==null&&_!==y&&l.componentWillReceiveProps!=null&&l.componentWillReceiveProps(_,K),n.__v==t.__v||!l.__e&&l.shouldComponentUpdate!=null&&l.shouldComponentUpdate(_,l.__s,K)===!1){n.__v!=t.__v&&(l.props=_,l.state=l.__s,l.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(M){M&&(M.__=n)}),oe.push.apply(l.__h,l._sb),l._sb=[],l.__h.length&&s.push(l),c=V(t);break e}l.componentWillUpdate!=null&&l.componentWillUpdate(_,l.__s,K),C&&l.componentDidUpdate!=null&&l.__h.push(function(){l.componentDidUpdate(y,T,N)})}if(l.context=K,l.props=_,l.__P=e,l.__e=!1,Y=g.__r,Pe=0,C)l.state=l.__s,l.__d=!1,Y&&Y(n),p=l.render(l.props,l.state,l.context),oe.push.apply(l.__h,l._sb),l._sb=[];else do l.__d=!1,Y&&Y(n),p=l.render(l.props,l.state,l.context),l.state=l.__s;while(l.__d&&++Pe<25);l.state=l.__s,l.getChildContext!=null&&(i=D(D({},i),l.getChildContext())),C&&!m&&l.getSnapshotBeforeUpdate!=null&&(N=l.getSnapshotBeforeUpdate(y,T)),Z=p!=null&&p.type===E&&p.key==null?Be(p.props.children):p,c=qe(e,le(Z)?Z:[Z],n,t,i,a,o,s,c,u,d),l.base=n.__e,n.__u&=-161,l.__h.length&&s.push(l),S&&(l.__E=l.__=null)}catch(M){if(s.length=f,n.__v=null,u||o!=null){if(M.then){for(n.__u|=u?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o!=null&&(o[o.indexOf(c)]=null),n.__e=c}else if(o!=null)for(pe=o.length;pe--;)ye(o[pe])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),M.then||ze(n),g.__e(M,n,t)}}else o==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):c=n.__e=Hn(t.__e,n,t,i,a,o,s,u,d);return(p=g.diffed)&&p(n),128&n.__u?void 0:c}function ze(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ze))}function He(e,n,t){for(var i=0;i<t.length;i++)be(t[i],t[++i],t[++i]);g.__c&&g.__c(n,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(o){o.call(a)})}catch(o){g.__e(o,a.__v)}})}function Be(e){return typeof e!="object"||e==null||e.__b>0?e:le(e)?e.map(Be):e.constructor!==void 0?null:D({},e)}function Hn(e,n,t,i,a,o,s,c,u){var d,p,f,l,m,y,T,N=t.props||ie,S=n.props,_=n.type;if(_=="svg"?a="http://www.w3.org/2000/svg":_=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),o!=null){for(d=0;d<o.length;d++)if((m=o[d])&&"setAttribute"in m==!!_&&(_?m.localName==_:m.nodeType==3)){e=m,o[d]=null;break}}if(e==null){if(_==null)return document.createTextNode(S);e=document.createElementNS(a,_,S.is&&S),c&&(g.__m&&g.__m(n,o),c=!1),o=null}if(_==null)N===S||c&&e.data==S||(e.data=S);else{if(o=_=="textarea"&&S.defaultValue!=null?null:o&&se.call(e.childNodes),!c&&o!=null)for(N={},d=0;d<e.attributes.length;d++)N[(m=e.attributes[d]).name]=m.value;for(d in N)m=N[d],d=="dangerouslySetInnerHTML"?f=m:d=="children"||d in S||d=="value"&&"defaultValue"in S||d=="checked"&&"defaultChecked"in S||ee(e,d,null,m,a);for(d in S)m=S[d],d=="children"?l=m:d=="dangerouslySetInnerHTML"?p=m:d=="value"?y=m:d=="checked"?T=m:c&&typeof m!="function"||N[d]===m||ee(e,d,m,N[d],a);if(p)c||f&&(p.__html==f.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),n.__k=[];else if(f&&(e.innerHTML=""),qe(n.type=="template"?e.content:e,le(l)?l:[l],n,t,i,_=="foreignObject"?"http://www.w3.org/1999/xhtml":a,o,s,o?o[0]:t.__k&&V(t,0),c,u),o!=null)for(d=o.length;d--;)ye(o[d]);c&&_!="textarea"||(d="value",_=="progress"&&y==null?e.removeAttribute("value"):y!=null&&(y!==e[d]||_=="progress"&&!y||_=="option"&&y!=N[d])&&ee(e,d,y,N[d],a),d="checked",T!=null&&T!=e[d]&&ee(e,d,T,N[d],a))}return e}function be(e,n,t){try{if(typeof e=="function"){var i=typeof e.__u=="function";i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(a){g.__e(a,t)}}function We(e,n,t){var i,a;if(g.unmount&&g.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||be(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(o){g.__e(o,n)}i.base=i.__P=i.__n=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&We(i[a],n,t||typeof e.type!="function");t||ye(e.__e),e.__c=e.__=e.__e=void 0}function Bn(e,n,t){return this.constructor(e,t)}function Ge(e,n,t){var i,a,o,s;n==document&&(n=document.documentElement),g.__&&g.__(e,n),a=(i=typeof t=="function")?null:t&&t.__k||n.__k,o=[],s=[],he(n,e=(!i&&t||n).__k=Un(E,null,[e]),a||ie,ie,n.namespaceURI,!i&&t?[t]:a?null:n.firstChild?se.call(n.childNodes):null,o,!i&&t?t:a?a.__e:n.firstChild,i,s),He(o,e,s),e.props.children=null}se=oe.slice,g={__e:function(e,n,t,i){for(var a,o,s;n=n.__;)if((a=n.__c)&&!a.__)try{if((o=a.constructor)&&o.getDerivedStateFromError!=null&&(a.setState(o.getDerivedStateFromError(e)),s=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,i||{}),s=a.__d),s)return a.__E=a}catch(c){e=c}throw e}},Fe=0,$n=function(e){return e!=null&&e.constructor===void 0},re.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=D({},this.state),typeof e=="function"&&(e=e(D({},t),this.props)),e&&D(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Ae(this))},re.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ae(this))},re.prototype.render=E,F=[],$e=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,Ke=function(e,n){return e.__v.__b-n.__v.__b},ae.__r=0,me=Math.random().toString(8),ne="__d"+me,J="__a"+me,Ve=/(PointerCapture)$|Capture$/i,_e=0,fe=Le(!1),ge=Le(!0),Kn=0;var Q,b,ve,Ye,Ee=0,tn=[],v=g,Je=v.__b,Qe=v.__r,je=v.diffed,Xe=v.__c,Ze=v.unmount,en=v.__;function Se(e,n){v.__h&&v.__h(b,e,Ee||n),Ee=0;var t=b.__H||(b.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function w(e){return Ee=1,Wn(rn,e)}function Wn(e,n,t){var i=Se(Q++,2);if(i.t=e,!i.__c&&(i.__=[t?t(n):rn(void 0,n),function(c){var u=i.__N?i.__N[0]:i.__[0],d=i.t(u,c);u!==d&&(i.__N=[d,i.__[1]],i.__c.setState({}))}],i.__c=b,!b.__f)){var a=function(c,u,d){if(!i.__c.__H)return!0;var p=!1,f=i.__c.props!==c;if(i.__c.__H.__.some(function(m){if(m.__N){p=!0;var y=m.__[0];m.__=m.__N,m.__N=void 0,y!==m.__[0]&&(f=!0)}}),o){var l=o.call(this,c,u,d);return p?l||f:l}return!p||f};b.__f=!0;var o=b.shouldComponentUpdate,s=b.componentWillUpdate;b.componentWillUpdate=function(c,u,d){if(this.__e){var p=o;o=void 0,a(c,u,d),o=p}s&&s.call(this,c,u,d)},b.shouldComponentUpdate=a}return i.__N||i.__}function R(e,n){var t=Se(Q++,3);!v.__s&&Jn(t.__H,n)&&(t.__=e,t.u=n,b.__H.__h.push(t))}function ce(){var e=Se(Q++,11);if(!e.__){for(var n=b.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var t=n.__m||(n.__m=[0,0]);e.__="P"+t[0]+"-"+t[1]++}return e.__}function Gn(){for(var e;e=tn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(de),n.__h.some(xe),n.__h=[]}catch(t){n.__h=[],v.__e(t,e.__v)}}}v.__b=function(e){b=null,Je&&Je(e)},v.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),en&&en(e,n)},v.__r=function(e){Qe&&Qe(e),Q=0;var n=(b=e.__c).__H;n&&(ve===b?(n.__h=[],b.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(de),n.__h.some(xe),n.__h=[],Q=0)),ve=b},v.diffed=function(e){je&&je(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(tn.push(n)!==1&&Ye===v.requestAnimationFrame||((Ye=v.requestAnimationFrame)||Yn)(Gn)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),ve=b=null},v.__c=function(e,n){n.some(function(t){try{t.__h.some(de),t.__h=t.__h.filter(function(i){return!i.__||xe(i)})}catch(i){n.some(function(a){a.__h&&(a.__h=[])}),n=[],v.__e(i,t.__v)}}),Xe&&Xe(e,n)},v.unmount=function(e){Ze&&Ze(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(i){try{de(i)}catch(a){n=a}}),t.__H=void 0,n&&v.__e(n,t.__v))};var nn=typeof requestAnimationFrame=="function";function Yn(e){var n,t=function(){clearTimeout(i),nn&&cancelAnimationFrame(n),setTimeout(e)},i=setTimeout(t,35);nn&&(n=requestAnimationFrame(t))}function de(e){var n=b,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),b=n}function xe(e){var n=b;e.__c=e.__(),b=n}function Jn(e,n){return!e||e.length!==n.length||n.some(function(t,i){return t!==e[i]})}function rn(e,n){return typeof n=="function"?n(e):n}var Qn=["home","search","node","graph","path","gaps","worked","compare","transfer"];function on(e){let n=e.replace(/^#\/?/,""),t=n.indexOf("?"),i=t<0?n:n.slice(0,t),a=new URLSearchParams(t<0?"":n.slice(t+1)),[o="",...s]=i.split("/"),c=Qn.includes(o)?o:"home",u=s.length>0?jn(s.join("/")):void 0;return u?{view:c,id:u,params:a}:{view:c,params:a}}function h(e,n,t){let i=new URLSearchParams;for(let[o,s]of Object.entries(t??{}))s===void 0||s===""||(typeof s=="string"?i.set(o,s):s.length>0&&i.set(o,s.join(",")));let a=i.toString();return`#/${e}${n?"/"+encodeURIComponent(n):""}${a?"?"+a:""}`}function an(e,n=!1){n?history.replaceState(null,"",e):location.hash=e,n&&window.dispatchEvent(new HashChangeEvent("hashchange"))}function sn(){let[e,n]=w(()=>on(location.hash));return R(()=>{let t=()=>n(on(location.hash));return window.addEventListener("hashchange",t),()=>window.removeEventListener("hashchange",t)},[]),e}function jn(e){try{return decodeURIComponent(e)}catch{return e}}var ln=new URL("../graphql",location.href).toString(),Xn=6e3,Ne="knowledge-graph-explorer-key",O=class extends Error{constructor(t,i){super(t);this.code=i}code},ke={UNAUTHENTICATED:"This graph is not open to anonymous readers: enter a reader key below.",FORBIDDEN:"The key given may not read this.",RATE_LIMITED:"Too many requests for now; wait a moment and try again.",BUDGET_EXCEEDED:"The request cost more than the budget left; wait a moment or narrow it.",NETWORK:"The explorer could not reach the API. Is the server running?",INTERNAL:"The server failed to answer this request."};function we(){return sessionStorage.getItem(Ne)??""}function dn(e){e?sessionStorage.setItem(Ne,e):sessionStorage.removeItem(Ne)}async function ue(e,n,t){let i=e.toString(),a={Accept:"application/graphql-response+json, application/json"},o=we();o&&(a.Authorization=`Bearer ${o}`);let s=new URL(ln);s.searchParams.set("query",i),n&&Object.keys(n).length>0&&s.searchParams.set("variables",JSON.stringify(n));let c;try{c=s.toString().length<=Xn?await fetch(s,{headers:a,signal:t}):await fetch(ln,{method:"POST",headers:{...a,"Content-Type":"application/json"},body:JSON.stringify({query:i,variables:n}),signal:t})}catch(p){throw t?.aborted?p:new O(ke.NETWORK,"NETWORK")}let u;try{u=await c.json()}catch{throw new O(`The API answered ${c.status} ${c.statusText} without a GraphQL result.`,`HTTP_${c.status}`)}let d=u.errors?.[0];if(d||u.data==null){let p=d?.extensions?.code??`HTTP_${c.status}`,f=d?.message??"The API answered without data.";throw new O(ke[p]?`${ke[p]} (${f})`:f,p)}return u.data}function z(e,n){let t=n===null?null:JSON.stringify(n),[i,a]=w({status:"loading"});return R(()=>{if(t===null)return;let o=new AbortController;return a({status:"loading"}),ue(e,JSON.parse(t),o.signal).then(s=>a({status:"done",data:s}),s=>{o.signal.aborted||a({status:"error",error:s instanceof O?s:new O(String(s),"CLIENT")})}),()=>o.abort()},[e,t]),i}var $=[{label:"INDUSTRY",name:"Industry",plural:"Industries",prefix:"industry",colour:"#1f5f99"},{label:"ORGANIZATION",name:"Organization",plural:"Organizations",prefix:"org",colour:"#6b3fa0"},{label:"PERSON",name:"Person",plural:"People",prefix:"person",colour:"#8a4b08"},{label:"TACTIC",name:"Tactic",plural:"Tactics",prefix:"tactic",colour:"#0f6e5a"},{label:"POLICY_LEVER",name:"Policy lever",plural:"Policy levers",prefix:"lever",colour:"#9c2f5e"},{label:"INTERVENTION",name:"Intervention",plural:"Interventions",prefix:"intervention",colour:"#b3261e"},{label:"JURISDICTION",name:"Jurisdiction",plural:"Jurisdictions",prefix:"jurisdiction",colour:"#4d5b12"},{label:"FINDING",name:"Finding",plural:"Findings",prefix:"finding",colour:"#205e6e"},{label:"OUTCOME",name:"Outcome",plural:"Outcomes",prefix:"outcome",colour:"#5c4a1e"},{label:"SOURCE",name:"Source",plural:"Sources",prefix:"source",colour:"#4a4f57"}],Zn=new Map($.map(e=>[e.label,e])),et=new Map($.map(e=>[e.prefix,e])),nt=new Map($.map(e=>[e.name.replace(" ",""),e]));function cn(e){return Zn.get(e)??$[0]}function U(e){return et.get(e.slice(0,e.indexOf(":")))}function un(e){return nt.get(e)}var tt=0;function r(e,n,t,i,a,o){n||(n={});var s,c,u=n;if("ref"in u)for(c in u={},n)c=="ref"?s=n[c]:u[c]=n[c];var d={type:e,props:u,key:t,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--tt,__i:-1,__u:0,__source:a,__self:o};if(typeof e=="function"&&(s=e.defaultProps))for(c in s)u[c]===void 0&&(u[c]=s[c]);return g.vnode&&g.vnode(d),d}function H({what:e}){return r("p",{class:"loading",role:"status","aria-live":"polite",children:["Loading ",e,"…"]})}function B({error:e}){return r("div",{class:"error",role:"alert",children:[r("p",{children:[r("strong",{children:"Could not load this view."})," ",e.message]}),r("p",{class:"error-code",children:["Error code: ",r("code",{children:e.code})]}),e.code==="UNAUTHENTICATED"||e.code==="FORBIDDEN"?r(rt,{}):null]})}function rt(){let[e,n]=w(we());return r("form",{class:"key-form",onSubmit:t=>{t.preventDefault(),dn(e.trim()),location.reload()},children:[r("label",{for:"reader-key",children:"Reader key"}),r("input",{id:"reader-key",type:"password",autocomplete:"off",value:e,onInput:t=>n(t.currentTarget.value)}),r("button",{type:"submit",children:"Use this key"})]})}function k({children:e}){return r("p",{class:"empty",role:"status",children:e})}function pn({state:e,what:n,children:t}){return e.status==="loading"?r(H,{what:n}):e.status==="error"?r(B,{error:e.error}):r(E,{children:t(e.data)})}function j({label:e}){let n=cn(e);return r("span",{class:`badge label-${n.prefix}`,children:n.name})}function X({id:e,name:n,badge:t=!0}){let i=U(e);return r("span",{class:"node-link",children:[t&&i?r(j,{label:i.label}):null,r("a",{href:h("node",e),children:n||e})]})}function A({value:e,kind:n}){return r("span",{class:`badge ${n} ${n}-${e.toLowerCase()}`,children:q(e)})}function q(e){return e.toLowerCase().replaceAll("_"," ")}function x({children:e}){return r("h1",{tabIndex:-1,class:"page-title",children:e})}function mn(e){return r("section",{children:[r(x,{children:"CompareView"}),r(k,{children:"This view is not built yet."})]})}function fn(e){return r("section",{children:[r(x,{children:"GapMapView"}),r(k,{children:"This view is not built yet."})]})}function gn(e){return r("section",{children:[r(x,{children:"GraphView"}),r(k,{children:"This view is not built yet."})]})}var L=class extends String{__apiType;value;__meta__;constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}},_n=new L(`
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
    `,{fragmentName:"EvidenceFinding"}),yn=new L(`
    query ExplorerIndustries {
  industries(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),hn=new L(`
    query ExplorerJurisdictions {
  jurisdictions(first: 100, orderBy: {field: NAME}) {
    nodes {
      id
      name
    }
  }
}
    `),bn=new L(`
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
    `),vn=new L(`
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
    `),En=new L(`
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
}`),xn=new L(`
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
    `);var ot={"\n  query ExplorerIndustries {\n    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":yn,"\n  query ExplorerJurisdictions {\n    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }\n  }\n":hn,"\n  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {\n    search(text: $text, labels: $labels, first: 8) {\n      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n    }\n  }\n":bn,"\n  fragment EvidenceFinding on Finding {\n    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote\n    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }\n  }\n":_n,"\n  query ExplorerHome {\n    stats {\n      nodesByLabel { key count }\n      findingsByKind { key count }\n    }\n  }\n":vn,"\n  query ExplorerNode($id: ID!, $strategy: Boolean!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Industry { name description naicsCode riskFactors }\n      ... on Organization { name description organizationKind: kind founded website }\n      ... on Person { name description }\n      ... on Tactic { name description tacticCategory: category }\n      ... on PolicyLever { name description leverKind: kind }\n      ... on Intervention { name description status legalStatus startYear endYear proposedOn enactedOn inForceOn endedOn }\n      ... on Jurisdiction { name code level }\n      ... on Outcome { name description outcomeCategory: category }\n      ... on Finding {\n        summary findingKind: kind effect evidenceKind evidenceStrength measure value baseline year sourcing sourcingNote\n        sources(first: 50) { totalCount nodes { id title url type kind publisher publishedOn } }\n      }\n      ... on Source { title url type sourceKind: kind publisher publishedOn primary quote note }\n    }\n    neighborhood(id: $id, depth: 1, limit: 300) {\n      truncated\n      nodes { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      edges { id type from to properties { name value } }\n    }\n    strategyEvidence(id: $id) @include(if: $strategy) {\n      kind verdict score confidence explanation weaklySourced sharedFindings appliedInScope\n      effects { positive negative mixed noEffect inconclusive total }\n      findingKinds { effect adoption prevalence process total }\n      adoption { summary }\n      sharedWith { id name }\n      findings { ...EvidenceFinding }\n      adoptions { ...EvidenceFinding }\n      prevalence { ...EvidenceFinding }\n      process { ...EvidenceFinding }\n    }\n  }\n":En,"\n  query ExplorerSearch($text: String!, $labels: [NodeLabel!], $first: Int!, $after: String) {\n    searchConnection(text: $text, labels: $labels, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        score\n        snippet\n        node { __typename id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }\n      }\n    }\n  }\n":xn};function I(e){return ot[e]??{}}var at=I(`
  query ExplorerHome {
    stats {
      nodesByLabel { key count }
      findingsByKind { key count }
    }
  }
`);function Sn(){let e=z(at,{});return r("section",{children:[r(x,{children:"Which interventions worked where"}),r("p",{class:"lead",children:"Industries, organizations, tactics, policy levers, interventions and the findings and sources that evidence them. A finding says what kind of claim it is — an effect, an adoption, a prevalence figure — and on what design; adoption is never shown as proof that something worked."}),r("ul",{class:"view-list",children:[r("li",{children:[r("a",{href:h("search"),children:"Search"})," the graph and open any node's page and evidence."]}),r("li",{children:[r("a",{href:h("graph"),children:"Graph"}),": a node's neighbourhood as a picture, expanded by click."]}),r("li",{children:[r("a",{href:h("path"),children:"Paths"})," between two nodes, with the citation of each hop."]}),r("li",{children:[r("a",{href:h("gaps"),children:"Gap map"}),": strategies against industries, outcomes or places, coloured by the best design."]}),r("li",{children:[r("a",{href:h("worked"),children:"What worked"})," in an industry, ",r("a",{href:h("compare"),children:"compare"})," two industries, and ",r("a",{href:h("transfer"),children:"transfer"})," candidates."]})]}),r("h2",{children:"In this graph"}),r(pn,{state:e,what:"the graph's counts",children:n=>n.stats?r("table",{class:"counts",children:[r("caption",{children:"Nodes by label"}),r("thead",{children:r("tr",{children:[r("th",{scope:"col",children:"Label"}),r("th",{scope:"col",children:"Nodes"})]})}),r("tbody",{children:n.stats.nodesByLabel.map(t=>r("tr",{children:[r("th",{scope:"row",children:un(t.key)?.plural??t.key}),r("td",{children:t.count})]},t.key))})]}):null})]})}var ur=I(`
  query ExplorerIndustries {
    industries(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),pr=I(`
  query ExplorerJurisdictions {
    jurisdictions(first: 100, orderBy: { field: NAME }) { nodes { id name } }
  }
`),mr=I(`
  query ExplorerNodePicker($text: String!, $labels: [NodeLabel!]) {
    search(text: $text, labels: $labels, first: 8) {
      node { id ... on Strategy { name } ... on Industry { name } ... on Organization { name } ... on Person { name } ... on Jurisdiction { name } ... on Outcome { name } ... on Source { title } ... on Finding { summary } }
    }
  }
`);function W(e){return e.name??e.title??e.summary??e.id}var xr=I(`
  fragment EvidenceFinding on Finding {
    id summary kind effect evidenceKind evidenceStrength year sourcing sourcingNote
    sources(first: 20) { nodes { id title url type kind publisher publishedOn } }
  }
`),st={WORKED:"Effect findings point to an effect in the wanted direction.",HARMFUL:"Effect findings point to harm or a backlash.",MIXED_EVIDENCE:"Effect findings disagree, or are mixed.",NO_EFFECT_FOUND:"Designs that could show a change found none: evidence of no effect.",INCONCLUSIVE:"Effect findings exist, but none can tell whether it worked.",ADOPTED_ONLY:"Adopted, but no effect was measured: adoption is not evidence that it worked.",NO_EVIDENCE:"Nobody measured anything: no effect or adoption finding."};function kn({evidence:e}){let{effects:n,findingKinds:t}=e,i=e.adoptions.length+e.prevalence.length+e.process.length;return r("section",{class:"evidence-card","aria-labelledby":"evidence-title",children:[r("h2",{id:"evidence-title",children:"Evidence"}),r("div",{class:"evidence-verdict",children:[r("span",{class:"evidence-verdict-label",children:"Verdict"}),r(A,{kind:"verdict",value:e.verdict}),r("span",{class:"evidence-score",children:["score ",e.score.toFixed(3)," · confidence ",e.confidence.toFixed(2)]})]}),r("p",{class:"evidence-reading",children:st[e.verdict]??""}),r("p",{class:"evidence-explanation",children:[r("strong",{children:"Why:"})," ",e.explanation]}),r("p",{class:"evidence-counts",children:[t.total," finding",t.total===1?"":"s",": ",t.effect," effect (",n.positive," positive,"," ",n.noEffect," no effect, ",n.mixed," mixed, ",n.negative," negative, ",n.inconclusive," inconclusive);"," ",t.adoption," adoption, ",t.prevalence," prevalence, ",t.process," process — not counted.",e.weaklySourced>0?` ${e.weaklySourced} effect finding${e.weaklySourced===1?" rests":"s rest"} only on self-published or secondary sources.`:""]}),r("section",{class:"evidence-effects","aria-labelledby":"evidence-effects-title",children:[r("h3",{id:"evidence-effects-title",children:["Effect findings: what the verdict rests on (",e.findings.length,")"]}),e.findings.length>0?r(Nn,{findings:e.findings,label:"Effect findings"}):r("p",{class:"empty",children:["No effect was measured",e.appliedInScope?"":" (no intervention applies it)","."]}),e.sharedWith.length>0?r("p",{class:"evidence-shared",children:[e.sharedFindings," of these also count for"," ",e.sharedWith.map((a,o)=>r("span",{children:[o>0?", ":"",r(X,{id:a.id,name:a.name})]},a.id))," ","(applied by the same interventions): shared evidence, not independent support."]}):null]}),r("section",{class:"evidence-context","aria-labelledby":"evidence-context-title",children:[r("h3",{id:"evidence-context-title",children:["Adoption, prevalence and process: not evidence that it worked (",i,")"]}),r("p",{class:"evidence-context-note",children:"These findings say where it was adopted, how common the problem is, or how it was carried out. They are reported beside the verdict and never counted in it."}),r("p",{class:"evidence-adoption",children:[r("strong",{children:"Adoption:"})," ",e.adoption.summary]}),r(Te,{title:"Adoption findings",findings:e.adoptions}),r(Te,{title:"Prevalence findings",findings:e.prevalence}),r(Te,{title:"Process findings",findings:e.process})]})]})}function Te({title:e,findings:n}){return n.length===0?null:r(E,{children:[r("h4",{children:[e," (",n.length,")"]}),r(Nn,{findings:n,label:e})]})}function Nn({findings:e,label:n}){return r("ul",{class:"finding-list","aria-label":n,children:e.map(t=>r(lt,{finding:t},t.id))})}function lt({finding:e}){return r("li",{class:"finding",children:[r("p",{class:"finding-summary",children:[r(X,{id:e.id,name:e.summary,badge:!1}),e.year?r("span",{class:"finding-year",children:[" (",e.year,")"]}):null]}),r(Ie,{finding:e}),e.sourcingNote?r("p",{class:"finding-sourcing",children:e.sourcingNote}):null,r(Oe,{sources:e.sources.nodes})]})}function Ie({finding:e}){return r("p",{class:"finding-badges",children:[r("span",{class:"sr-label",children:"Kind"})," ",r(A,{kind:"finding-kind",value:e.kind})," ",r("span",{class:"sr-label",children:"Design"})," ",r(A,{kind:"design",value:e.evidenceKind})," ",r("span",{class:"sr-label",children:"Strength"})," ",r(A,{kind:"strength",value:e.evidenceStrength}),e.effect?r(E,{children:[" ",r("span",{class:"sr-label",children:"Effect"})," ",r(A,{kind:"effect",value:e.effect})]}):null,e.sourcing!=="PRIMARY_INDEPENDENT"?r(E,{children:[" ",r("span",{class:"sr-label",children:"Sourcing"})," ",r(A,{kind:"sourcing",value:e.sourcing})]}):null]})}function Oe({sources:e}){return e.length===0?r("p",{class:"finding-sources empty",children:"No source cited."}):r("ul",{class:"source-list","aria-label":"Sources",children:e.map(n=>r("li",{children:[r("a",{href:n.url,rel:"noreferrer",children:n.title})," ",n.type?r(A,{kind:"source-type",value:n.type}):r("span",{class:"badge",children:"unrated"})," ",r("span",{class:"source-meta",children:[q(n.kind),n.publisher?`, ${n.publisher}`:"",n.publishedOn?`, ${n.publishedOn}`:""]})," ",r("a",{class:"source-page",href:h("node",n.id),"aria-label":`Source page: ${n.title}`,children:"source page"})]},n.id))})}var dt=I(`
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
`),ct=new Set(["TACTIC","POLICY_LEVER","INTERVENTION"]),wn=8;function Tn({route:e}){let n=e.id?.trim()??"";return r(ut,{id:n},n)}function ut({id:e}){let n=U(e),t=z(dt,e?{id:e,strategy:!!n&&ct.has(n.label)}:null);if(!e)return r("section",{children:[r(x,{children:"Node"}),r(k,{children:["No node given: ",r("a",{href:h("search"),children:"search"})," for one, or open a link such as ",r("code",{children:"#/node/industry%3Aagriculture_farmwork"}),"."]})]});let i=t.status==="error"&&t.error.code==="NOT_FOUND"||t.status==="done"&&!t.data.node,a=t.status==="done"?t.data.node:null;return r("article",{class:"node-page",children:[r("header",{class:"node-head",children:[n?r(j,{label:n.label}):null,r(x,{children:a?W({id:a.id,...mt(a)}):i?"Not found":e}),r("p",{class:"node-id",children:r("code",{children:e})}),a?r("p",{class:"node-actions",children:[r("a",{href:h("graph",a.id),children:"Show in the graph"}),r("a",{href:h("path",void 0,{from:a.id}),children:"Paths from here"})]}):null]}),t.status==="loading"?r(H,{what:"this node"}):null,i?r(k,{children:["No node has the id “",e,"”. ",r("a",{href:h("search",void 0,{q:e.slice(e.indexOf(":")+1).replaceAll("_"," ")}),children:"Search for it"})," instead."]}):null,t.status==="error"&&!i?r(B,{error:t.error}):null,t.status==="done"&&a?r(pt,{node:a,data:t.data}):null]})}function pt({node:e,data:n}){let{neighborhood:t,strategyEvidence:i}=n;return r(E,{children:[r(ft,{node:e}),e.__typename==="Finding"?r("section",{"aria-labelledby":"finding-sources-title",children:[r("h2",{id:"finding-sources-title",children:["Sources (",e.sources.totalCount,")"]}),r(Oe,{sources:e.sources.nodes})]}):null,i?r(kn,{evidence:i}):null,t?r(_t,{id:e.id,neighborhood:t}):null]})}function mt(e){return"name"in e?{name:e.name}:"title"in e?{title:e.title}:"summary"in e?{summary:e.summary}:{}}function ft({node:e}){let n=[],t=(a,o)=>{o!=null&&o!==""&&n.push([a,o])},i=a=>a?q(a):null;switch(e.__typename){case"Industry":t("Description",e.description),t("NAICS code",e.naicsCode),t("Risk factors",e.riskFactors.length>0?e.riskFactors.map(q).join(", "):null);break;case"Organization":t("Kind",i(e.organizationKind)),t("Description",e.description),t("Founded",e.founded),t("Website",e.website?r("a",{href:e.website,rel:"noreferrer",children:e.website}):null);break;case"Person":t("Description",e.description);break;case"Tactic":t("Category",i(e.tacticCategory)),t("Description",e.description);break;case"PolicyLever":t("Kind",i(e.leverKind)),t("Description",e.description);break;case"Intervention":t("Description",e.description),t("Status",i(e.status)),t("Legal status",i(e.legalStatus)),t("Years",e.startYear?`${e.startYear}${e.endYear?`–${e.endYear}`:""}`:null),t("Proposed",e.proposedOn),t("Enacted",e.enactedOn),t("In force",e.inForceOn),t("Ended",e.endedOn);break;case"Jurisdiction":t("Level",i(e.level)),t("Code",e.code);break;case"Outcome":t("Category",i(e.outcomeCategory)),t("Description",e.description);break;case"Finding":t("Claim",e.summary),t("Evidence",r(Ie,{finding:{kind:e.findingKind,effect:e.effect,evidenceKind:e.evidenceKind,evidenceStrength:e.evidenceStrength,sourcing:e.sourcing}})),t("Measure",e.measure),t("Value",e.value),t("Baseline",e.baseline),t("Year",e.year),t("Sourcing",e.sourcingNote??(e.sourcing==="PRIMARY_INDEPENDENT"?"Backed by an independent primary source.":i(e.sourcing))),e.findingKind!=="EFFECT"&&t("Note","Not an effect finding: it never counts as evidence that something worked.");break;case"Source":t("Read it at",r("a",{href:e.url,rel:"noreferrer",children:e.url})),t("Type",e.type?r(A,{kind:"source-type",value:e.type}):"not rated yet"),t("Kind",i(e.sourceKind)),t("Publisher",e.publisher),t("Published",e.publishedOn),t("Primary",e.primary===null||e.primary===void 0?"not rated yet":e.primary?"yes: the original record":"no: it reports on one"),t("Quote",e.quote?r("q",{children:e.quote}):null),t("Note",e.note);break}return n.length===0?null:r("section",{"aria-labelledby":"properties-title",children:[r("h2",{id:"properties-title",children:"Properties"}),r("dl",{class:"node-properties",children:n.map(([a,o])=>r("div",{children:[r("dt",{children:a}),r("dd",{children:o})]},a))})]})}var gt={ADVOCATES_FOR:["Advocates for","Advocated by"],APPLIES:["Applies","Applied by"],CITES:["Cites","Cited by"],DESCRIBES:["Describes","Described by"],ENACTED_IN:["Enacted in","Levers enacted here"],FOUNDED:["Founded","Founded by"],FUNDS:["Funds","Funded by"],HAS_FINDING:["Findings","Finding of"],INVOLVED_IN:["Involved in","People involved"],IN_INDUSTRY:["In industry","Interventions in this industry"],IN_JURISDICTION:["In jurisdiction","Interventions here"],LEADS:["Leads","Led by"],LED_BY:["Led by","Leads"],ON_OUTCOME:["On outcome","Findings on this outcome"],OPERATES_IN:["Operates in","Organizations operating here"],PARTNERS_WITH:["Partners with","Partnered by"],PART_OF:["Part of","Contains"],USES:["Uses","Used by"]};function _t({id:e,neighborhood:n}){let t=new Map(n.nodes.map(s=>[s.id,yt(W({id:s.id,..."name"in s?{name:s.name}:{},..."title"in s?{title:s.title}:{},..."summary"in s?{summary:s.summary}:{}}))])),i=new Map;for(let s of n.edges){if(s.from!==e&&s.to!==e)continue;let c=s.from===e,u=`${s.type}-${c?"out":"in"}`,d=i.get(u);d||i.set(u,d={key:u,type:s.type,out:c,edges:[]}),d.edges.push(s)}let a=[...i.values()].sort((s,c)=>+(s.type==="CITES")-+(c.type==="CITES")||Ce(s).localeCompare(Ce(c))),o=a.reduce((s,c)=>s+c.edges.length,0);return r("section",{"aria-labelledby":"relationships-title",children:[r("h2",{id:"relationships-title",children:["Relationships (",o,")"]}),a.length===0?r(k,{children:"This node has no relationship."}):null,n.truncated?r("p",{class:"node-truncated",children:"Only the nearest 300 neighbours are listed; the graph view shows them all."}):null,r("div",{class:"relationship-groups",children:a.map(s=>r(ht,{group:s,names:t,other:c=>s.out?c.to:c.from},s.key))})]})}function yt(e){return e.length<=160?e:`${e.slice(0,e.lastIndexOf(" ",155)>100?e.lastIndexOf(" ",155):155)}…`}function Ce(e){return gt[e.type][e.out?0:1]}function ht({group:e,names:n,other:t}){let[i,a]=w(!1),o=[...e.edges].sort((u,d)=>(n.get(t(u))??t(u)).localeCompare(n.get(t(d))??t(d))),s=i?o:o.slice(0,wn),c=`rel-${e.key}`;return r("section",{class:"relationship-group","aria-labelledby":c,children:[r("h3",{id:c,children:[Ce(e)," ",r("span",{class:"relationship-count",children:["(",e.edges.length,")"]})," ",r("code",{class:"relationship-type",children:e.out?`${e.type} →`:`← ${e.type}`})]}),r("ul",{children:s.map(u=>{let d=t(u),p=u.properties.filter(f=>f.value!==""&&f.value!=="null");return r("li",{children:[r(X,{id:d,name:n.get(d)}),p.length>0?r("span",{class:"relationship-properties",children:p.map(f=>`${q(f.name)}: ${f.value}`).join(" · ")}):null]},u.id)})}),e.edges.length>wn?r("button",{type:"button",class:"show-all","aria-expanded":i,onClick:()=>a(!i),children:i?"Show fewer":`Show all ${e.edges.length}`}):null]})}function In(e){return r("section",{children:[r(x,{children:"PathView"}),r(k,{children:"This view is not built yet."})]})}var On=20,Cn=I(`
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
`);function Pn(e){return $.find(n=>n.label===e)?.label??""}function Rn({route:e}){let n=(e.params.get("q")??"").trim(),t=Pn(e.params.get("label")),[i,a]=w(n),[o,s]=w(t);R(()=>a(n),[n]),R(()=>s(t),[t]);let c=(p,f)=>an(h("search",void 0,{q:p.trim(),label:f})),u=ce(),d=ce();return r("section",{class:"search-view",children:[r(x,{children:"Search"}),r("form",{class:"filters search-form",role:"search","aria-label":"Search the graph",onSubmit:p=>{p.preventDefault(),c(i,o)},children:[r("label",{for:u,children:["Words",r("input",{id:u,type:"search",maxLength:200,value:i,placeholder:"e.g. arbitration, hotel panic button",onInput:p=>a(p.currentTarget.value)})]}),r("label",{for:d,children:["Label",r("select",{id:d,value:o,onChange:p=>{let f=Pn(p.currentTarget.value);s(f),i.trim()&&c(i,f)},children:[r("option",{value:"",children:"All labels"}),$.map(p=>r("option",{value:p.label,children:p.plural},p.label))]})]}),r("button",{type:"submit",children:"Search"})]}),n?r(bt,{text:n,label:t},`${n}\0${t}`):r("p",{class:"search-hint",children:"Type words to find: names, descriptions, finding summaries and source quotes are searched; every word must match (as a prefix), best match first."})]})}function bt({text:e,label:n}){let t=z(Cn,{text:e,labels:n?[n]:null,first:On,after:null}),[i,a]=w(null),[o,s]=w(!1),[c,u]=w(null);if(t.status==="loading")return r(H,{what:"the matches"});if(t.status==="error")return r(B,{error:t.error});let d=t.data.searchConnection;if(!d||d.totalCount===0)return r(k,{children:["No node matches “",e,"”",n?` among ${$.find(m=>m.label===n)?.plural.toLowerCase()}`:"",". Try fewer or shorter words, or all labels."]});let p=[...d.nodes,...i?.hits??[]],f=i?.next??d.pageInfo,l=()=>{s(!0),u(null),ue(Cn,{text:e,labels:n?[n]:null,first:On,after:f.endCursor??null}).then(m=>{let y=m.searchConnection;y&&a({hits:[...i?.hits??[],...y.nodes],next:y.pageInfo}),s(!1)},m=>{u(m instanceof O?m:new O(String(m),"CLIENT")),s(!1)})};return r(E,{children:[r("p",{class:"search-count",role:"status",children:[d.totalCount===1?"1 node matches":`${d.totalCount} nodes match`," “",e,"”, best match first; showing ",p.length,"."]}),r("ol",{class:"search-results",children:p.map(m=>r(vt,{hit:m},m.node.id))}),c?r(B,{error:c}):null,o?r(H,{what:"more matches"}):null,f.hasNextPage&&!o?r("button",{type:"button",class:"load-more",onClick:l,children:"Load more"}):null]})}function vt({hit:e}){let n=U(e.node.id);return r("li",{children:[r("div",{class:"search-hit-head",children:[n?r(j,{label:n.label}):null,r("a",{href:h("node",e.node.id),children:W(e.node)}),r("span",{class:"search-score",title:"Relevance (BM25); higher is better",children:["score ",e.score.toFixed(1)]})]}),e.snippet.replace(/[«»]/g,"")!==W(e.node)?r("p",{class:"search-snippet",children:r(Et,{text:e.snippet})}):null]})}function Et({text:e}){let n=e.split(/[«»]/);return r(E,{children:n.map((t,i)=>i%2===1?r("mark",{children:t},i):t)})}function An(e){return r("section",{children:[r(x,{children:"TransferView"}),r(k,{children:"This view is not built yet."})]})}function Dn(e){return r("section",{children:[r(x,{children:"WhatWorkedView"}),r(k,{children:"This view is not built yet."})]})}var xt=[["search","Search"],["graph","Graph"],["path","Paths"],["gaps","Gap map"],["worked","What worked"],["compare","Compare"],["transfer","Transfer"]];function Ln(){let e=sn();return R(()=>{document.querySelector(".page-title")?.focus({preventScroll:!0})},[e.view,e.id]),r(E,{children:[r("a",{class:"skip-link",href:"#main",onClick:n=>{n.preventDefault(),document.getElementById("main")?.focus()},children:"Skip to content"}),r("header",{class:"site-header",children:[r("a",{class:"brand",href:h("home"),children:"KnowledgeGraph explorer"}),r("nav",{"aria-label":"Views",children:r("ul",{children:xt.map(([n,t])=>r("li",{children:r("a",{href:h(n),"aria-current":e.view===n||n==="search"&&e.view==="node"?"page":void 0,children:t})},n))})})]}),r("main",{id:"main",tabIndex:-1,children:r(St,{route:e})}),r("footer",{class:"site-footer",children:["Read from this server's ",r("a",{href:"../graphql",children:"GraphQL API"}),". ",r("a",{href:"THIRD-PARTY-NOTICES.txt",children:"Third-party notices"}),"."]})]})}function St({route:e}){switch(e.view){case"search":return r(Rn,{route:e});case"node":return r(Tn,{route:e});case"graph":return r(gn,{route:e});case"path":return r(In,{route:e});case"gaps":return r(fn,{route:e});case"worked":return r(Dn,{route:e});case"compare":return r(mn,{route:e});case"transfer":return r(An,{route:e});default:return r(Sn,{})}}var Fn=document.getElementById("app");Fn.replaceChildren();Ge(r(Ln,{}),Fn);

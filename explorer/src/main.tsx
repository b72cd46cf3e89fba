import { render } from "preact";
import { App } from "./app";
import "./styles.css";

const root = document.getElementById("app")!;
root.replaceChildren();   // the page's "Loading the explorer…" line
render(<App />, root);

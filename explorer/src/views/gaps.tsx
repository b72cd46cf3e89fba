// The evidence gap map: evidenceMap(rows, columns, filter) as a heat map table, one request per map. A cell is
// coloured by the best study design among its EFFECT findings; a cell with findings but none on effect is hatched
// (it is still a gap: adoption is not evidence that something worked); an empty cell says "gap". The table is the
// screen-reader form itself (row and column headers, one button per cell with its full description); arrow keys move
// between cells. Opening a cell (its id pair in the URL) lists its findings below the map.
import { useEffect, useMemo, useState } from "preact/hooks";
import { readerKey, useQuery } from "../api";
import { graphql } from "../generated";
import type { EvidenceKind } from "../generated/schema";
import { IndustrySelect, JurisdictionSelect } from "../pickers";
import { href, navigate, type Route } from "../router";
import { Empty, PageTitle, QueryView, words } from "../ui";
import { CellPanel } from "./gaps-cell";
import {
  cellClass, COLUMNS, count, csvHref, describeCell, DESIGNS, designInfo, type GapParams, type Header, KINDS, type MapData,
  OUTCOME_CATEGORIES, readParams, ROWS, STRENGTHS, toFilter, toParams,
} from "./gaps-model";
import "./gaps.css";

const GapMap = graphql(`
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
`);


export function GapMapView({ route }: { route: Route }) {
  const params = readParams(route.params);
  const variables = { rows: params.rows, columns: params.columns, filter: toFilter(params) };
  const state = useQuery(GapMap, variables);
  // Which inputs the map on screen answers (set once their answer is in), for tests and tools to wait on.
  const key = JSON.stringify(variables);
  const [shown, setShown] = useState("");
  useEffect(() => { if (state.status === "done") setShown(key); }, [state]);
  const go = (change: Partial<GapParams>, replace = true) =>
    navigate(href("gaps", undefined, toParams({ ...params, ...change })), replace);
  return (
    <section class="gap-map">
      <PageTitle>Evidence gap map</PageTitle>
      <p class="lead">
        Where is there evidence of what worked, and where is it missing? A cell is coloured by the best study design
        among its <strong>effect</strong> findings; a hatched cell holds only adoption, process or prevalence findings,
        which say what was done there, not whether it worked: it is still a gap.
      </p>
      <Filters params={params} go={go} />
      <CsvLink href={csvHref(params)} />
      <QueryView state={state} what="the evidence map">
        {(data) => data.evidenceMap
          ? <MapBody map={data.evidenceMap} params={params} go={go} shown={shown} />
          : <Empty>The API answered without a map.</Empty>}
      </QueryView>
    </section>
  );
}

/**
 * The CSV download of the map on screen. A plain link when reads are open; with a reader key (closed reads) the file
 * is fetched with the key, since a link cannot carry it, and saved from memory.
 */
function CsvLink({ href: url }: { href: string }) {
  const [problem, setProblem] = useState("");
  const download = async () => {
    setProblem("");
    try {
      const response = await fetch(new URL(url, location.href), { headers: { Authorization: `Bearer ${readerKey()}` } });
      if (!response.ok) {
        const body = await response.json().catch(() => null) as { errors?: { message?: string }[] } | null;
        setProblem(`The download was refused (${response.status}): ${body?.errors?.[0]?.message ?? response.statusText}`);
        return;
      }
      const file = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = file;
      link.download = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "evidence-map.csv";
      link.click();
      setTimeout(() => URL.revokeObjectURL(file), 10_000);
    } catch {
      setProblem("The explorer could not reach the API for the download. Is the server running?");
    }
  };
  return (
    <>
      <p class="gap-download">
        <a href={url} download onClick={(event) => { if (readerKey()) { event.preventDefault(); void download(); } }}>Download this map as CSV</a>
        {" "}(one line per cell, the same filters).
      </p>
      {problem ? <p class="error" role="alert">{problem}</p> : null}
    </>
  );
}

function Filters({ params, go }: { params: GapParams; go: (change: Partial<GapParams>, replace?: boolean) => void }) {
  // Open at first when the link ticks any; then as the reader leaves it.
  const [moreOpen] = useState(params.findingKinds.length + params.designs.length > 0);
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
  return (
    <form class="filters gap-filters" aria-label="Map and filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Rows
        <select value={params.rows} onChange={(event) => go({ rows: event.currentTarget.value as GapParams["rows"], cell: "" })}>
          {ROWS.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </select>
      </label>
      <label>
        Columns
        <select value={params.columns} onChange={(event) => go({ columns: event.currentTarget.value as GapParams["columns"], cell: "" })}>
          {COLUMNS.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
        </select>
      </label>
      <label>
        Minimum strength
        <select value={params.minEvidence} onChange={(event) => go({ minEvidence: event.currentTarget.value as GapParams["minEvidence"] })}>
          <option value="">Any</option>
          {STRENGTHS.map((value) => <option key={value} value={value}>{words(value)}</option>)}
        </select>
      </label>
      <label>
        Outcome category
        <select value={params.outcomeCategory} onChange={(event) => go({ outcomeCategory: event.currentTarget.value as GapParams["outcomeCategory"] })}>
          <option value="">Any</option>
          {OUTCOME_CATEGORIES.map((value) => <option key={value} value={value}>{words(value)}</option>)}
        </select>
      </label>
      <IndustrySelect
        label="Industry"
        none="Any industry"
        value={params.industries.length === 1 ? params.industries[0]! : ""}
        onChange={(id) => go({ industries: id ? [id] : [] })}
      />
      <JurisdictionSelect label="Jurisdiction (and inside it)" none="Any jurisdiction" value={params.jurisdiction} onChange={(id) => go({ jurisdiction: id })} />
      <label>
        Since year
        <input
          type="number" min={1900} max={2100} step={1} inputMode="numeric" class="gap-since" value={params.since}
          onChange={(event) => {
            const year = event.currentTarget.value.trim();
            go({ since: /^\d{4}$/.test(year) ? year : "" });
          }}
        />
      </label>
      <details class="gap-more" open={moreOpen}>
        <summary>Finding kinds and study designs{params.findingKinds.length + params.designs.length > 0 ? ` (${params.findingKinds.length + params.designs.length} ticked)` : ""}</summary>
        <fieldset class="gap-checks">
          <legend>Finding kinds (none ticked: all)</legend>
          {KINDS.map((kind) => (
            <label key={kind} class="gap-check">
              <input type="checkbox" checked={params.findingKinds.includes(kind)} onChange={(event) => go({ findingKinds: toggle(params.findingKinds, kind, event.currentTarget.checked) })} />
              {words(kind)}
            </label>
          ))}
        </fieldset>
        <fieldset class="gap-checks">
          <legend>Study designs (none ticked: all)</legend>
          {DESIGNS.map(({ design, name }) => (
            <label key={design} class="gap-check">
              <input type="checkbox" checked={params.designs.includes(design)} onChange={(event) => go({ designs: toggle<EvidenceKind>(params.designs, design, event.currentTarget.checked) })} />
              {name}
            </label>
          ))}
        </fieldset>
      </details>
      <a class="gap-reset" href={href("gaps", undefined, { rows: params.rows, columns: params.columns })}>Clear filters</a>
    </form>
  );
}

function columnName(columns: string, header: Header): string {
  return columns === "OUTCOME_CATEGORY" ? capitalise(words(header.name)) : header.name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function MapBody({ map, params, go, shown }: { map: MapData; params: GapParams; go: (change: Partial<GapParams>, replace?: boolean) => void; shown: string }) {
  const columns = useMemo(() => map.columns.map((c) => ({ ...c, name: columnName(params.columns, c) })), [map, params.columns]);
  const cells = useMemo(() => new Map(map.cells.map((cell) => [`${cell.row}|${cell.column}`, cell])), [map]);
  const [selRow, selCol] = params.cell.split("|");
  const rowAt = map.rows.findIndex((r) => r.id === selRow);
  const colAt = columns.findIndex((c) => c.id === selCol);
  const [active, setActive] = useState<[number, number]>([Math.max(rowAt, 0), Math.max(colAt, 0)]);
  useEffect(() => { if (rowAt >= 0 && colAt >= 0) setActive([rowAt, colAt]); }, [rowAt, colAt]);

  if (map.rows.length === 0 || columns.length === 0) {
    return <Empty>This map has no {map.rows.length === 0 ? "rows" : "columns"} with these filters.</Empty>;
  }
  const classes = map.cells.map(cellClass);
  const evidence = classes.filter((c) => c === "evidence").length;
  const other = classes.filter((c) => c === "other").length;
  const rowsName = ROWS.find(([value]) => value === params.rows)?.[1] ?? "rows";
  const columnsName = COLUMNS.find(([value]) => value === params.columns)?.[1] ?? "columns";

  const move = (event: KeyboardEvent, r: number, c: number) => {
    const last = [map.rows.length - 1, columns.length - 1] as const;
    let next: [number, number] | null = null;
    if (event.key === "ArrowRight") next = [r, Math.min(c + 1, last[1])];
    else if (event.key === "ArrowLeft") next = [r, Math.max(c - 1, 0)];
    else if (event.key === "ArrowDown") next = [Math.min(r + 1, last[0]), c];
    else if (event.key === "ArrowUp") next = [Math.max(r - 1, 0), c];
    else if (event.key === "Home") next = event.ctrlKey ? [0, 0] : [r, 0];
    else if (event.key === "End") next = event.ctrlKey ? [last[0], last[1]] : [r, last[1]];
    if (!next) return;
    event.preventDefault();
    setActive(next);
    document.getElementById(`gap-cell-${next[0]}-${next[1]}`)?.focus();
  };

  const open = rowAt >= 0 && colAt >= 0 ? cells.get(params.cell) : undefined;
  return (
    <>
      <p class="gap-summary" role="status">
        {map.rows.length} {rowsName.toLowerCase()} × {columns.length} {columnsName.toLowerCase()}: {count(evidence, "cell")} with
        evidence of effect, {count(map.gapCount, "gap")} ({other} of them hold only adoption, process or prevalence findings).
      </p>
      <Legend />
      <div class="table-scroll gap-scroll">
        <table class="gap-table" data-query={shown}>
          <caption>
            Evidence gap map: {rowsName.toLowerCase()} by {columnsName.toLowerCase()}. Each cell is a button that lists its
            findings; arrow keys move between cells.
          </caption>
          <thead>
            <tr>
              <th scope="col" class="gap-corner">{rowsName} \ {columnsName}</th>
              {columns.map((column) => <th key={column.id} scope="col" class="gap-col">{column.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row, r) => (
              <tr key={row.id}>
                <th scope="row" class="gap-row">{row.name}</th>
                {columns.map((column, c) => {
                  const key = `${row.id}|${column.id}`;
                  const cell = cells.get(key);
                  if (!cell) return <td key={column.id} class="gap-cell">—</td>;
                  const kind = cellClass(cell);
                  const design = cell.bestDesign ? designInfo(cell.bestDesign) : null;
                  const label = `${row.name} × ${column.name}: ${describeCell(cell)}`;
                  const selected = params.cell === key;
                  return (
                    <td key={column.id} class={`gap-cell gap-${kind}${design ? ` gap-rank-${design.rank}` : ""}`}>
                      <button
                        type="button"
                        id={`gap-cell-${r}-${c}`}
                        tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                        aria-label={label}
                        aria-pressed={selected}
                        title={label}
                        onFocus={() => setActive([r, c])}
                        onKeyDown={(event) => move(event, r, c)}
                        onClick={() => go({ cell: selected ? "" : key }, false)}
                      >
                        {kind === "evidence"
                          ? <><span class="gap-mark">{design?.code}</span>{" "}<span class="gap-n">{cell.findingKinds.total}</span></>
                          : kind === "other"
                            ? <><span class="gap-mark">gap</span>{" "}<span class="gap-n">{cell.findingKinds.total} other</span></>
                            : <span class="gap-mark">gap</span>}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? (
        <CellPanel
          key={params.cell}
          cell={open}
          row={map.rows[rowAt]!}
          column={columns[colAt]!}
          description={describeCell(open)}
          onClose={() => {
            go({ cell: "" }, false);
            document.getElementById(`gap-cell-${rowAt}-${colAt}`)?.focus();
          }}
        />
      ) : params.cell ? <Empty>The cell in the link is not on this map; choose another.</Empty> : null}
    </>
  );
}

function Legend() {
  return (
    <div class="gap-legend" aria-label="Legend">
      <p class="gap-legend-title">Best study design among the cell's effect findings (darker is stronger), with its mark:</p>
      <ul class="gap-legend-list">
        {DESIGNS.filter((d) => d.rank > 0).map((d) => (
          <li key={d.design}><span class={`gap-swatch gap-evidence gap-rank-${d.rank}`} aria-hidden="true">{d.code}</span> {d.name}</li>
        ))}
        <li><span class="gap-swatch gap-other" aria-hidden="true">gap</span> findings, but none on effect (adoption, process or prevalence only): still a gap</li>
        <li><span class="gap-swatch gap-empty" aria-hidden="true">gap</span> no findings at all</li>
      </ul>
      <p class="gap-legend-note">The number in a cell counts all its findings, of every kind.</p>
    </div>
  );
}

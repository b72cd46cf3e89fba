#!/usr/bin/env python3
"""Convert the peer harness's relational graph (schema kg in the private PG 15 cluster) into
KnowledgeGraph's JSON import layout (seed-data/ style: one array per label + relationships.json).

usage: convert.py OUT_DIR        (reads PGHOST/PGPORT/PGUSER/PGDATABASE from the environment)

Mapping:
  industry            -> Industry     id industry:NNNNN, name, naicsCode=code, description=sector
  organization        -> Organization id org:NNNNN, name, kind=map(org_type), founded, website, description=country
  tactic              -> Tactic       id tactic:NNNNN, name, category=map(category), description
  policy_lever        -> PolicyLever  id lever:NNNNN, name, kind=map(lever_type), description=jurisdiction
  outcome             -> Outcome      id outcome:NNNNN, name, category=map(metric), description="metric (unit)"
  organization_industry(role)      -> OPERATES_IN org->industry        (role has no home: dropped)
  organization_uses_tactic(since)  -> USES org->tactic {since}
  per tactic / per lever           -> one Intervention intervention:tNNNNN / lNNNNN ("Program NNNNN: <name>")
                                      APPLIES intervention->tactic|lever
  tactic_targets_industry          -> IN_INDUSTRY intervention(tactic)->industry
  lever_adopted_in_industry(year)  -> IN_INDUSTRY intervention(lever)->industry (adopted_year dropped;
                                      the lever's intervention gets startYear = min(adopted_year))
  intervention_outcome             -> Finding finding:NNNNNN (summary "Evidence NNNNNN", kind EFFECT, effect,
                                      evidenceStrength, evidenceKind=QUASI_EXPERIMENTAL, year: a design that may carry
                                      STRONG and NO_EFFECT, so every generated row passes the graph schema's rules)
                                      + HAS_FINDING from the tactic's/lever's intervention + ON_OUTCOME finding->outcome
                                      + Source source:NNNNNN (url=source_url, kind STUDY) + CITES finding->source
                                      (the graph schema requires every Finding to cite a Source)
"""
import json, os, subprocess, sys

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)


def q(sql):
    out = subprocess.run(["psql", "-qXAt", "-c", f"select coalesce(json_agg(t), '[]') from ({sql}) t"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


ORG_KIND = {"company": "EMPLOYER", "ngo": "ADVOCACY", "government": "GOVERNMENT", "association": "COALITION", "research": "RESEARCH"}
TAC_CAT = {"lobbying": "ORGANIZING", "litigation": "LEGAL", "certification": "MONITORING", "campaign": "NARRATIVE",
           "partnership": "COALITION_BUILDING", "research": "TRAINING", "self-regulation": "MONITORING", "investment": "ECONOMIC"}
LEVER_KIND = {"tax": "LAW", "subsidy": "ORDINANCE", "regulation": "REGULATION", "standard": "INDUSTRY_STANDARD",
              "disclosure": "CORPORATE_POLICY", "procurement": "CONTRACT_CLAUSE", "trade": "LAW"}
OUT_CAT = {"emissions": "SAFETY", "employment": "ECONOMIC", "prices": "ECONOMIC", "productivity": "ECONOMIC",
           "injuries": "SAFETY", "wages": "ECONOMIC", "market share": "ECONOMIC", "energy use": "POLICY_CHANGE",
           "water use": "POLICY_CHANGE", "exports": "ECONOMIC"}
EFFECT = {"increase": "POSITIVE", "decrease": "NEGATIVE", "no_effect": "NO_EFFECT", "mixed": "MIXED"}
STRENGTH = {"low": "LIMITED", "moderate": "MODERATE", "high": "STRONG"}


def ind(i): return f"industry:{i:05d}"
def org(i): return f"org:{i:05d}"
def tac(i): return f"tactic:{i:05d}"
def lev(i): return f"lever:{i:05d}"
def outc(i): return f"outcome:{i:05d}"
def itac(i): return f"intervention:t{i:05d}"
def ilev(i): return f"intervention:l{i:05d}"
def fnd(i): return f"finding:{i:06d}"
def src(i): return f"source:{i:06d}"


def dump(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(rows, f, ensure_ascii=False, indent=0)
    print(f"{name}: {len(rows)}", file=sys.stderr)


def nonempty(d):
    return {k: v for k, v in d.items() if v is not None and v != ""}


industries = q("select * from kg.industry order by id")
dump("industries.json", [nonempty({"id": ind(r["id"]), "name": r["name"], "naicsCode": r["code"], "description": r["sector"]})
                         for r in industries])
orgs = q("select * from kg.organization order by id")
dump("organizations.json", [nonempty({"id": org(r["id"]), "name": r["name"], "kind": ORG_KIND[r["org_type"]],
                                      "founded": r["founded"], "website": r["website"], "description": r["country"]}) for r in orgs])
tactics = q("select * from kg.tactic order by id")
dump("tactics.json", [nonempty({"id": tac(r["id"]), "name": r["name"], "category": TAC_CAT[r["category"]],
                                "description": r["description"]}) for r in tactics])
levers = q("select * from kg.policy_lever order by id")
dump("policy-levers.json", [nonempty({"id": lev(r["id"]), "name": r["name"], "kind": LEVER_KIND[r["lever_type"]],
                                      "description": r["jurisdiction"]}) for r in levers])
outcomes = q("select * from kg.outcome order by id")
dump("outcomes.json", [nonempty({"id": outc(r["id"]), "name": r["name"], "category": OUT_CAT[r["metric"]],
                                 "description": f'{r["metric"]} ({r["unit"]})'}) for r in outcomes])

lever_start = {r["lever_id"]: r["y"] for r in q("select lever_id, min(adopted_year) y from kg.lever_adopted_in_industry group by 1")}
interventions = [{"id": itac(r["id"]), "name": f'Program {r["id"]:05d}: {r["name"]}'} for r in tactics]
interventions += [nonempty({"id": ilev(r["id"]), "name": f'Program {r["id"]:05d}: {r["name"]}', "startYear": lever_start.get(r["id"])})
                  for r in levers]
dump("interventions.json", interventions)

evidence = q("select * from kg.intervention_outcome order by id")
dump("findings.json", [{"id": fnd(r["id"]), "summary": f'Evidence {r["id"]:06d}', "kind": "EFFECT", "effect": EFFECT[r["effect_direction"]],
                        "evidenceStrength": STRENGTH[r["evidence_strength"]], "evidenceKind": "QUASI_EXPERIMENTAL", "year": r["year"]}
                       for r in evidence])
dump("sources.json", [{"id": src(r["id"]), "title": f'Study {r["id"]}', "url": r["source_url"], "kind": "STUDY"} for r in evidence])

rels = []
for r in q("select * from kg.organization_industry order by organization_id, industry_id"):
    rels.append({"type": "OPERATES_IN", "from": org(r["organization_id"]), "to": ind(r["industry_id"])})
for r in q("select * from kg.organization_uses_tactic order by organization_id, tactic_id"):
    rels.append({"type": "USES", "from": org(r["organization_id"]), "to": tac(r["tactic_id"]), "properties": {"since": r["since_year"]}})
for r in tactics:
    rels.append({"type": "APPLIES", "from": itac(r["id"]), "to": tac(r["id"])})
for r in levers:
    rels.append({"type": "APPLIES", "from": ilev(r["id"]), "to": lev(r["id"])})
for r in q("select * from kg.tactic_targets_industry order by tactic_id, industry_id"):
    rels.append({"type": "IN_INDUSTRY", "from": itac(r["tactic_id"]), "to": ind(r["industry_id"])})
for r in q("select * from kg.lever_adopted_in_industry order by lever_id, industry_id"):
    rels.append({"type": "IN_INDUSTRY", "from": ilev(r["lever_id"]), "to": ind(r["industry_id"])})
for r in evidence:
    owner = itac(r["tactic_id"]) if r["tactic_id"] is not None else ilev(r["lever_id"])
    rels.append({"type": "HAS_FINDING", "from": owner, "to": fnd(r["id"])})
    rels.append({"type": "ON_OUTCOME", "from": fnd(r["id"]), "to": outc(r["outcome_id"])})
    rels.append({"type": "CITES", "from": fnd(r["id"]), "to": src(r["id"])})
dump("relationships.json", rels)

package benchcorpus

import (
	"math/rand/v2"
	"slices"
)

// Defect is one planted mistake and the rule expected to report it.
type Defect struct {
	// Kind names the mistake ("missing-section", "bad-date", ...).
	Kind string
	// Rule is the id of the rule that must report it.
	Rule string
}

// plan lists the mistakes one document carries; the section writers consult
// it. The zero plan is a clean document.
type plan struct {
	missingSection    string // key of a required H2 left out
	missingSubsection bool   // Data Flow Architecture left out
	swapSections      bool   // Operational and Performance Architecture swapped
	missingArchitect  bool
	badDate           bool
	placeholder       bool // a template component bullet left in place
	emptyRationale    bool
	noAlternative     bool
	brokenYAML        bool
	brokenAnchor      bool
	headingJump       bool
	duplicateHeading  bool
	unlabeledFence    bool
	vagueTarget       bool
	uncheckedGate     bool
}

// defectKind is a mistake the generator can plant.
type defectKind struct {
	kind  string
	rule  string
	plant func(p *plan, r *rand.Rand)
}

// defectKinds are the mistakes the generator plants, each caught by one
// rule of the built-in catalog.
var defectKinds = []defectKind{
	{missingSectionKind, "required-section", func(p *plan, r *rand.Rand) {
		p.missingSection = pick(r, p.removableSections())
	}},
	{"missing-subsection", "required-subsection", func(p *plan, _ *rand.Rand) { p.missingSubsection = true }},
	{"section-order", "section-order", func(p *plan, _ *rand.Rand) { p.swapSections = true }},
	{"missing-architect", "metadata-missing", func(p *plan, _ *rand.Rand) { p.missingArchitect = true }},
	{"bad-date", "metadata-format", func(p *plan, _ *rand.Rand) { p.badDate = true }},
	{"placeholder", "placeholder", func(p *plan, _ *rand.Rand) { p.placeholder = true }},
	{"empty-rationale", "stack-rationale", func(p *plan, _ *rand.Rand) { p.emptyRationale = true }},
	{"no-alternative", "stack-alternatives", func(p *plan, _ *rand.Rand) { p.noAlternative = true }},
	{"broken-yaml", "embedded-syntax", func(p *plan, _ *rand.Rand) { p.brokenYAML = true }},
	{"broken-anchor", "broken-anchor", func(p *plan, _ *rand.Rand) { p.brokenAnchor = true }},
	{"heading-jump", "heading-increment", func(p *plan, _ *rand.Rand) { p.headingJump = true }},
	{"duplicate-heading", "duplicate-section", func(p *plan, _ *rand.Rand) { p.duplicateHeading = true }},
	{"unlabeled-fence", "code-block-language", func(p *plan, _ *rand.Rand) { p.unlabeledFence = true }},
	{"vague-target", "perf-target-numeric", func(p *plan, _ *rand.Rand) { p.vagueTarget = true }},
	{"unchecked-gate", "quality-gates", func(p *plan, _ *rand.Rand) { p.uncheckedGate = true }},
}

// DefectKinds returns the kinds of mistakes the generator plants, each with
// the rule that must report it, in a fixed order.
func DefectKinds() []Defect {
	out := make([]Defect, len(defectKinds))
	for i, k := range defectKinds {
		out[i] = Defect{Kind: k.kind, Rule: k.rule}
	}
	return out
}

// plantDefects plants one to three distinct defects drawn from r.
func plantDefects(r *rand.Rand) (plan, []Defect) {
	kinds := pickSome(r, defectKinds, 1+r.IntN(3))
	slices.SortFunc(kinds, func(a, b defectKind) int { return indexOfKind(a.kind) - indexOfKind(b.kind) })
	return planFor(kinds, r)
}

// planFor plants exactly the given defects. A missing section is planted
// last, so that it is never one that another defect lives in.
func planFor(kinds []defectKind, r *rand.Rand) (plan, []Defect) {
	var p plan
	defects := make([]Defect, 0, len(kinds))
	var removal *defectKind
	for i, k := range kinds {
		if k.kind == missingSectionKind {
			removal = &kinds[i]
			continue
		}
		k.plant(&p, r)
	}
	if removal != nil {
		removal.plant(&p, r)
	}
	for _, k := range kinds {
		defects = append(defects, Defect{Kind: k.kind, Rule: k.rule})
	}
	return p, defects
}

// missingSectionKind is the defect that leaves out a required section.
const missingSectionKind = "missing-section"

// removableSections lists the required sections a missing-section defect
// may leave out: those no other planted defect lives in. Quality Gates and
// the sections that hold defects unconditionally are never removed.
func (p *plan) removableSections() []string {
	out := []string{"executive-summary", "system-context"}
	if !p.brokenYAML && !p.unlabeledFence {
		out = append(out, "detailed-design")
	}
	if !p.swapSections && !p.duplicateHeading {
		out = append(out, "operational-architecture")
	}
	if !p.swapSections && !p.vagueTarget {
		out = append(out, "performance-architecture")
	}
	return out
}

func indexOfKind(kind string) int {
	return slices.IndexFunc(defectKinds, func(k defectKind) bool { return k.kind == kind })
}

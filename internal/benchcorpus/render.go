package benchcorpus

import (
	"math/rand/v2"
	"strings"
)

// docWriter writes the sections of one document.
type docWriter struct {
	s *system
	p plan
	r *rand.Rand
	// padded counts the padding blocks written so far.
	padded int
}

// section is one H2 section: its text, the padding blocks added to it, and
// the text that follows the padding.
type section struct {
	key  string
	body string
	pad  []string
	tail string
}

func (sec *section) size() int {
	n := len(sec.body) + len(sec.tail)
	for _, p := range sec.pad {
		n += len(p)
	}
	return n
}

// render writes the whole document, padding it with component details and
// decision records until it reaches target bytes (never beyond MaxSize).
func render(s *system, p plan, r *rand.Rand, target int) []byte {
	w := &docWriter{s: s, p: p, r: r}
	head := w.header()
	sections := w.sections()
	size := len(head)
	for _, sec := range sections {
		size += sec.size()
	}
	for size < target {
		sec, block := w.padding(sections)
		if sec == nil || size+len(block) > MaxSize-500 {
			break
		}
		sec.pad = append(sec.pad, block)
		size += len(block)
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(head)
	for _, sec := range sections {
		b.WriteString(sec.body)
		for _, block := range sec.pad {
			b.WriteString(block)
		}
		b.WriteString(sec.tail)
	}
	return []byte(b.String())
}

// sections returns the H2 sections in the template's order, less the one a
// missing-section defect leaves out, with Operational and Performance
// Architecture swapped by a section-order defect.
func (w *docWriter) sections() []*section {
	all := []*section{
		{key: "executive-summary", body: w.executiveSummary()},
		{key: "system-context", body: w.systemContext()},
		{key: "architecture-overview", body: w.architectureOverview()},
		w.detailedDesign(),
		w.technologyStack(),
		{key: "operational-architecture", body: w.operationalArchitecture()},
		{key: "performance-architecture", body: w.performanceArchitecture()},
		{key: "quality-gates", body: w.qualityGates()},
	}
	if w.p.swapSections {
		all[5], all[6] = all[6], all[5]
	}
	out := all[:0]
	for _, sec := range all {
		if sec.key != w.p.missingSection {
			out = append(out, sec)
		}
	}
	return out
}

// padding returns the next padding block and the section it belongs to,
// alternating between component details (Detailed Design) and decision
// records (Technology Stack Decisions); nil when neither is present.
func (w *docWriter) padding(sections []*section) (*section, string) {
	var design, stack *section
	for _, sec := range sections {
		switch sec.key {
		case "detailed-design":
			design = sec
		case "technology-stack-decisions":
			stack = sec
		}
	}
	designLeft := design != nil && len(design.pad) < len(w.s.components)*len(componentAspects)
	w.padded++
	switch {
	case designLeft && (w.padded%2 == 1 || stack == nil):
		return design, w.componentDetail(len(design.pad))
	case stack != nil:
		return stack, w.decisionRecord(len(stack.pad) + 1)
	}
	return nil, ""
}

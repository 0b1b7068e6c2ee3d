package benchcorpus

import (
	"fmt"
	"strings"
)

// technologyStack writes the Technology Stack Decisions section; decision
// records are added as padding at its end.
func (w *docWriter) technologyStack() *section {
	s := w.s
	var b strings.Builder
	b.WriteString("## Technology Stack Decisions\n\n")
	fmt.Fprintf(&b, "Choices default to the company's paved road; a departure from it needs a decision record below. %s\n\n", w.paragraph(contextSentences, 1))
	if w.p.headingJump {
		b.WriteString("#### Selection Criteria\nMaturity, operability by the current team, licence, and cost at the expected scale.\n\n")
	}
	b.WriteString("### Core Technology Matrix\n")
	b.WriteString("| Component | Technology | Rationale | Alternatives Considered |\n")
	b.WriteString("|-----------|------------|-----------|-------------------------|\n")
	rows := []struct {
		component string
		choice    choice
	}{
		{"Runtime", s.lang.runtime},
		{"Web Framework", s.lang.web},
		{"Database", s.database},
		{"Caching", s.cache},
		{"Messaging", s.queue},
		{"Orchestration", s.platform},
		{"Observability", s.telemetry},
		{"API Gateway", s.gateway},
	}
	broken := w.r.IntN(len(rows))
	for i, row := range rows {
		rationale, alternatives := row.choice.rationale, row.choice.alternatives
		if i == broken && w.p.emptyRationale {
			rationale = "-"
		}
		if i == (broken+1)%len(rows) && w.p.noAlternative {
			alternatives = "n/a"
		}
		fmt.Fprintf(&b, "| **%s** | %s | %s | %s |\n", row.component, row.choice.tech, rationale, alternatives)
	}
	b.WriteString("\n### Decision Records\n")
	b.WriteString("Each record below was reviewed in the architecture forum and is kept short on purpose.\n\n")
	return &section{key: "technology-stack-decisions", body: b.String()}
}

// decisionRecord writes padding block n: a short architecture decision
// record.
func (w *docWriter) decisionRecord(n int) string {
	s := w.s
	picked := pick(w.r, []choice{s.lang.runtime, s.lang.web, s.database, s.cache, s.queue, s.platform, s.telemetry, s.gateway})
	c := pick(w.r, s.components)
	var b strings.Builder
	fmt.Fprintf(&b, "#### ADR-%03d: %s for the %s\n", n, picked.tech, c.name)
	fmt.Fprintf(&b, "- **Status**: %s\n", pick(w.r, []string{"Accepted", "Accepted", "Superseded by a later record", "Proposed"}))
	fmt.Fprintf(&b, "- **Context**: %s\n", w.paragraph(contextSentences, 2))
	fmt.Fprintf(&b, "- **Decision**: Use %s. %s.\n", picked.tech, picked.rationale)
	fmt.Fprintf(&b, "- **Alternatives**: %s, rejected after a two-week spike.\n", picked.alternatives)
	fmt.Fprintf(&b, "- **Consequences**: %s\n\n", w.paragraph(designSentences, 2))
	return b.String()
}

package benchcorpus

import (
	"fmt"
	"strings"
)

// executiveSummary writes the Executive Summary section.
func (w *docWriter) executiveSummary() string {
	s := w.s
	var b strings.Builder
	b.WriteString("## Executive Summary\n")
	fmt.Fprintf(&b, "- **System Overview**: %s %s.\n", s.name, s.domain.purpose)
	fmt.Fprintf(&b, "- **Key Design Decisions**: Stateless %s services behind %s, %s as the system of record, %s for %s events.\n",
		s.lang.name, s.gateway.tech, s.database.tech, s.queue.tech, words(s.entities[0].name))
	fmt.Fprintf(&b, "- **Technology Stack**: %s, %s, %s, %s, %s.\n",
		s.lang.name, s.database.tech, s.cache.tech, s.queue.tech, s.platform.tech)
	fmt.Fprintf(&b, "- **Quality Attributes**: p95 latency under %d ms, %s req/s sustained, %s%% availability.\n",
		s.p95Millis, thousands(s.requestsPerS), s.availability)
	fmt.Fprintf(&b, "- **Implementation Complexity**: %d engineers for %d weeks, delivered in %d increments.\n\n",
		s.engineers, s.weeks, 2+w.r.IntN(4))
	b.WriteString(w.paragraph(contextSentences, 2+w.r.IntN(3)))
	b.WriteString(" The [technology choices](#technology-stack-decisions) and the [performance targets](#performance-architecture) are the parts reviewers asked about most.\n\n")
	return b.String()
}

// systemContext writes the System Context section with its two required
// subsections.
func (w *docWriter) systemContext() string {
	s := w.s
	var b strings.Builder
	b.WriteString("## System Context\n")
	b.WriteString("### Business Requirements Summary\n")
	var entities []string
	for _, e := range s.entities {
		entities = append(entities, plural(words(e.name)))
	}
	fmt.Fprintf(&b, "- **Functional Requirements**: Create, read, update and archive %s; publish %s events; give %s a complete audit trail.\n",
		strings.Join(entities, ", "), s.domain.area, pick(w.r, s.domain.users))
	fmt.Fprintf(&b, "- **Non-Functional Requirements**: p95 latency of %d ms, %s req/s at peak, %s%% monthly availability, recovery point objective of 5 minutes.\n",
		s.p95Millis, thousands(s.requestsPerS), s.availability)
	fmt.Fprintf(&b, "- **Constraints**: %s\n", pick(w.r, []string{
		"Data residency in the EU, a fixed launch date before the peak season, and the existing on-call rotation.",
		"SOC 2 controls, a budget of two additional engineers, and no new database engines without platform team approval.",
		"GDPR, a twelve-month support window for the old API, and deployment only to the shared Kubernetes clusters.",
	}))
	fmt.Fprintf(&b, "- **Assumptions**: %s keep their current interfaces; traffic grows by at most %d%% a year.\n\n",
		strings.Join(s.domain.externals[:2], " and "), 20+10*w.r.IntN(8))
	if chance(w.r, 60) {
		b.WriteString("The main user journeys, in order of traffic:\n\n")
		for i, e := range s.entities {
			fmt.Fprintf(&b, "%d. %s creates or updates a %s and gets an answer within %d ms.\n",
				i+1, upperFirst(pick(w.r, s.domain.users)), words(e.name), s.p95Millis)
		}
		b.WriteString("\n")
	}
	b.WriteString("### System Scope and Boundaries\n")
	fmt.Fprintf(&b, "- **In Scope**: The %s API, its data store, event publishing and the operational tooling around them.\n", s.domain.area)
	fmt.Fprintf(&b, "- **Out of Scope**: User interfaces, reporting warehouses and the internals of %s.\n", s.domain.externals[len(s.domain.externals)-1])
	fmt.Fprintf(&b, "- **External Dependencies**: %s.\n", upperFirst(strings.Join(s.domain.externals, ", ")))
	fmt.Fprintf(&b, "- **Integration Points**: %s call the REST API over HTTPS; downstream consumers read %s from %s.\n\n",
		upperFirst(strings.Join(s.domain.users, ", ")), strings.Join(s.domain.events, ", "), s.queue.tech)
	if chance(w.r, 50) {
		b.WriteString("| System | Direction | Protocol | Owner |\n|--------|-----------|----------|-------|\n")
		for _, ext := range s.domain.externals {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", upperFirst(ext),
				pick(w.r, []string{"Outbound", "Inbound", "Both"}), pick(w.r, []string{"HTTPS/JSON", "gRPC", "Events", "SFTP batch"}), pick(w.r, teamNames))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// upperFirst capitalises the first letter of an ASCII sentence.
func upperFirst(text string) string {
	if text == "" {
		return text
	}
	return strings.ToUpper(text[:1]) + text[1:]
}

package benchcorpus

import (
	"fmt"
	"strings"
)

// header writes the H1, the metadata lines and an optional introduction.
func (w *docWriter) header() string {
	s := w.s
	var b strings.Builder
	fmt.Fprintf(&b, "# Architecture Design Document: %s\n\n", s.name)
	date := s.date
	if w.p.badDate {
		date = pick(w.r, []string{"2026-02-30", "14/03/2026", "March 14, 2026", "2025-13-01"})
	}
	fmt.Fprintf(&b, "**Date**: %s\n", date)
	if s.time != "" {
		fmt.Fprintf(&b, "**Time**: %s\n", s.time)
	}
	fmt.Fprintf(&b, "**Version**: %s\n", s.version)
	fmt.Fprintf(&b, "**Status**: %s\n", s.status)
	if !w.p.missingArchitect {
		fmt.Fprintf(&b, "**Architect**: %s\n", s.architect)
	}
	b.WriteString("\n")
	if chance(w.r, 50) {
		fmt.Fprintf(&b, "> This document describes the architecture of %s, the %s platform. %s\n\n",
			s.name, s.domain.area, w.paragraph(contextSentences, 1))
	}
	return b.String()
}

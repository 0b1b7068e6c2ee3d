package model

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestNormalizeColumn(t *testing.T) {
	tests := map[string]string{
		"Alternatives Considered":     "alternatives_considered",
		"**Alternatives Considered**": "alternatives_considered",
		"  Target (p95)  ":            "target_p95",
		"SLO / Threshold":             "slo_threshold",
		"Karar":                       "karar",
		"技术选型":                        "技术选型",
		"---":                         "",
		"":                            "",
	}
	for header, want := range tests {
		if got := NormalizeColumn(header); got != want {
			t.Errorf("NormalizeColumn(%q) = %q, want %q", header, got, want)
		}
	}
}

func TestSuppressionCovers(t *testing.T) {
	all := Suppression{Kind: SuppressDisable, FromLine: 10, ToLine: 20}
	some := Suppression{Kind: SuppressDisableNextLine, Rules: []string{"placeholder", "title"}, FromLine: 5, ToLine: 5}
	enable := Suppression{Kind: SuppressEnable, Rules: []string{"placeholder"}}
	tests := []struct {
		name string
		s    Suppression
		rule string
		line int
		want bool
	}{
		{"inside, every rule", all, "stack-rationale", 15, true},
		{"first line", all, "x", 10, true},
		{"last line", all, "x", 20, true},
		{"before", all, "x", 9, false},
		{"after", all, "x", 21, false},
		{"named rule", some, "title", 5, true},
		{"other rule", some, "diagram", 5, false},
		{"other line", some, "title", 6, false},
		{"enable silences nothing", enable, "placeholder", 0, false},
	}
	for _, tt := range tests {
		if got := tt.s.Covers(tt.rule, tt.line); got != tt.want {
			t.Errorf("%s: Covers(%q, %d) = %v, want %v", tt.name, tt.rule, tt.line, got, tt.want)
		}
	}
}

func TestSeverityRank(t *testing.T) {
	ordered := []string{SeverityError, SeverityWarning, SeverityInfo, "bogus"}
	for i := 1; i < len(ordered); i++ {
		if SeverityRank(ordered[i-1]) <= SeverityRank(ordered[i]) {
			t.Errorf("SeverityRank(%q) is not above SeverityRank(%q)", ordered[i-1], ordered[i])
		}
	}
}

// TestNewDocumentEncodesEmptyLists guards the contract that lists are [] and
// never null in the JSON (and so in the Rego input).
func TestNewDocumentEncodesEmptyLists(t *testing.T) {
	out, err := json.Marshal(NewDocument("a.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"sections", "fields", "tables", "checklists", "lists", "code_blocks", "links", "images", "placeholders", "suppressions"} {
		if !strings.Contains(string(out), `"`+key+`":[]`) {
			t.Errorf("%s is not an empty list in %s", key, out)
		}
	}
	if !strings.Contains(string(out), `"metadata":{}`) {
		t.Errorf("metadata is not an empty object in %s", out)
	}
}

package markdown

import (
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func TestMetadataVariants(t *testing.T) {
	bold := func(key, value string, line, col int) model.MetadataEntry {
		return model.MetadataEntry{Key: key, Value: value, Line: line, Column: col, Source: "bold"}
	}
	tests := []struct {
		name string
		src  string
		want map[string]model.MetadataEntry
	}{
		{
			"colon outside bold", "# T\n\n**Date**: 2026-03-14\n**Version**: 1.2\n",
			map[string]model.MetadataEntry{"date": bold("Date", "2026-03-14", 3, 1), "version": bold("Version", "1.2", 4, 1)},
		},
		{
			"colon inside bold", "# T\n\n**Date:** 2026-03-14\n**Status:** Draft\n",
			map[string]model.MetadataEntry{"date": bold("Date", "2026-03-14", 3, 1), "status": bold("Status", "Draft", 4, 1)},
		},
		{
			"space before colon", "**Owner** : Team A\n",
			map[string]model.MetadataEntry{"owner": bold("Owner", "Team A", 1, 1)},
		},
		{
			"underscores", "__Version__: 2.0\n",
			map[string]model.MetadataEntry{"version": bold("Version", "2.0", 1, 1)},
		},
		{
			"blockquote", "# T\n> **Status:** Draft\n> **Last  Updated:** 2026-01-29\n",
			map[string]model.MetadataEntry{"status": bold("Status", "Draft", 2, 3), "last updated": bold("Last Updated", "2026-01-29", 3, 3)},
		},
		{
			"list items", "# T\n- **Version**: 1.0\n- **Architect**: *Jane* Doe\n",
			map[string]model.MetadataEntry{"version": bold("Version", "1.0", 2, 3), "architect": bold("Architect", "Jane Doe", 3, 3)},
		},
		{
			"two-space breaks", "**Version:** 1.3.0  \n**Date:** April 17, 2026  \n**Status:** Active\n",
			map[string]model.MetadataEntry{"version": bold("Version", "1.3.0", 1, 1), "date": bold("Date", "April 17, 2026", 2, 1), "status": bold("Status", "Active", 3, 1)},
		},
		{
			"backslash breaks", "**Version:** 1.0\\\n**Status:** Draft\n",
			map[string]model.MetadataEntry{"version": bold("Version", "1.0", 1, 1), "status": bold("Status", "Draft", 2, 1)},
		},
		{
			"continuation line", "**Summary**: first part\ncontinues here\n**Status**: Draft\n",
			map[string]model.MetadataEntry{"summary": bold("Summary", "first part continues here", 1, 1), "status": bold("Status", "Draft", 3, 1)},
		},
		{
			"empty value", "**Architect**:\n",
			map[string]model.MetadataEntry{"architect": bold("Architect", "", 1, 1)},
		},
		{
			"first bold line wins", "**Status**: Draft\n\n**Status**: Approved\n",
			map[string]model.MetadataEntry{"status": bold("Status", "Draft", 1, 1)},
		},
		{"not at line start", "Note **Status**: Draft\n", map[string]model.MetadataEntry{}},
		{"no colon", "**Status** Draft\n**Important note: read this**\n", map[string]model.MetadataEntry{}},
		{"after the first H2", "# T\n## Summary\nText.\n\n**Status**: Draft\n", map[string]model.MetadataEntry{}},
		{"H2 right after the H1 with a list", "# T\n## Summary\n- **Status**: Draft\n", map[string]model.MetadataEntry{}},
		{
			"subtitle H2 right after the H1", "# ADD\n## Payments Platform\n\n**Status**: Draft\n\n## 1. Scope\n**Owner**: x\n",
			map[string]model.MetadataEntry{"status": bold("Status", "Draft", 4, 1)},
		},
		{"numbered H2 is not a subtitle", "# ADD\n## 1. Technology Stack\n- **Backend:** Java\n", map[string]model.MetadataEntry{}},
		{
			"front matter", "---\nDate: 2026-02-02\nversion: 1.0\ntags: [a, b]\nnothing:\n---\n# T\n",
			map[string]model.MetadataEntry{
				"date":    {Key: "Date", Value: "2026-02-02", Line: 2, Column: 1, Source: "front_matter"},
				"version": {Key: "version", Value: "1.0", Line: 3, Column: 1, Source: "front_matter"},
				"tags":    {Key: "tags", Value: `["a","b"]`, Line: 4, Column: 1, Source: "front_matter"},
				"nothing": {Key: "nothing", Value: "", Line: 5, Column: 1, Source: "front_matter"},
			},
		},
		{
			"bold wins over front matter", "---\nstatus: review\n---\n# T\n**Status**: Approved\n",
			map[string]model.MetadataEntry{"status": bold("Status", "Approved", 5, 1)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("m.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			if len(doc.Metadata) != len(tt.want) {
				t.Errorf("got %d entries %+v, want %d", len(doc.Metadata), doc.Metadata, len(tt.want))
			}
			for key, want := range tt.want {
				if got, ok := doc.Metadata[key]; !ok || got != want {
					t.Errorf("metadata[%q] = %+v, want %+v", key, got, want)
				}
			}
		})
	}
}

func TestFieldsOutsideMetadata(t *testing.T) {
	src := "# T\n\n## Scope\n- **Integration Points**: Kafka, REST\n  - nested item text\n- **External Dependencies**: none\n\nText **Bold**: not a field\n"
	doc, err := Parse("f.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Field{
		{Section: "scope", Key: "Integration Points", Value: "Kafka, REST", Line: 4, Column: 3, Quantities: []model.Quantity{}},
		{Section: "scope", Key: "External Dependencies", Value: "none", Line: 6, Column: 3, Quantities: []model.Quantity{}},
	}
	if len(doc.Fields) != len(want) {
		t.Fatalf("got fields %+v, want %+v", doc.Fields, want)
	}
	for i := range want {
		got := doc.Fields[i]
		if got.Section != want[i].Section || got.Key != want[i].Key || got.Value != want[i].Value || got.Line != want[i].Line || got.Column != want[i].Column {
			t.Errorf("field %d = %+v, want %+v", i, got, want[i])
		}
	}
	if len(doc.Metadata) != 0 {
		t.Errorf("fields after the first H2 became metadata: %+v", doc.Metadata)
	}
}

func TestNormalizeStatus(t *testing.T) {
	tests := map[string]string{
		"Draft":                       "draft",
		"**DRAFT**":                   "draft",
		"Draft v2":                    "draft",
		"draft.":                      "draft",
		"Review":                      "review",
		"In Review":                   "review",
		"under review":                "review",
		"Approved":                    "approved",
		"✅ Approved":                  "approved",
		"Approved for Implementation": "approved",
		"[Draft | Review | Approved]": "",
		"Draft | Review":              "",
		"Active":                      "",
		"Production Ready":            "",
		"Reviewed":                    "",
		"":                            "",
	}
	for in, want := range tests {
		if got := normalizeStatus(in); got != want {
			t.Errorf("normalizeStatus(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSystemName(t *testing.T) {
	tests := map[string]string{
		"Architecture Design Document: [System Name]":    "[System Name]",
		"Architecture Design Document: Payments Gateway": "Payments Gateway",
		"Architecture Design Document - Order Service":   "Order Service",
		"Architecture Design Document – Billing":         "Billing",
		"architecture design document — Search":          "Search",
		"Architecture Design Document (ADD) - KBase":     "KBase",
		"Architecture Design Document":                   "Architecture Design Document",
		"🐀 Ratatouille - Architecture Design Document":   "Ratatouille - Architecture Design Document",
		"Architecture Design Document: Silicon Realm 🚀":  "Silicon Realm",
		"HappyGene Architecture":                         "HappyGene Architecture",
	}
	for in, want := range tests {
		if got := systemName(in); got != want {
			t.Errorf("systemName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTitle(t *testing.T) {
	doc, err := Parse("t.md", []byte("Intro\n\n## Not the title\n\n# **Architecture Design Document**: `Ledger` {#top}\n\n# Second H1\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := &model.Title{Text: "Architecture Design Document: Ledger", SystemName: "Ledger", Line: 5, Column: 1}
	if doc.Title == nil || *doc.Title != *want {
		t.Errorf("title = %+v, want %+v", doc.Title, want)
	}
	doc, err = Parse("t.md", []byte("## Only an H2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != nil {
		t.Errorf("title = %+v, want nil without an H1", doc.Title)
	}
}

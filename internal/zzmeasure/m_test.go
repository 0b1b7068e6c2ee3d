package zzmeasure

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

func gen() map[string]string {
	m := map[string]string{}
	var b strings.Builder
	b.WriteString("# Architecture Design Document: T\n\n| a | b |\n|---|---|\n")
	for i := 0; i < 10000; i++ {
		b.WriteString("| `x` **y** | [z](#q) |\n")
	}
	m["table10k"] = b.String()
	b.Reset()
	for i := 0; i < 100000; i++ {
		b.WriteString("## Heading\n")
	}
	m["headings100k-same"] = b.String()
	b.Reset()
	for i := 0; i < 100000; i++ {
		b.WriteString("## Heading ")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString("\n\ntext\n\n")
	}
	m["headings100k-text"] = b.String()
	m["quotes10k"] = strings.Repeat(">", 10000) + " deep\n"
	var q strings.Builder
	for i := 0; i < 10000; i++ {
		q.WriteString(strings.Repeat(" ", 2*i) + "- item\n")
	}
	m["lists10k"] = q.String()
	m["line1m"] = strings.Repeat("word ", 200000)
	m["line1m-555"] = strings.Repeat("*a_b*c_d**e_f*g**h*i_j**", 1000000/24)
	m["cols1000"] = "|" + strings.Repeat(" c |", 1000) + "\n|" + strings.Repeat("---|", 1000) + "\n|" + strings.Repeat(" `v` |", 1000) + "\n"
	return m
}

func TestMeasure(t *testing.T) {
	ctx := context.Background()
	engine, err := policy.New(ctx, policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range gen() {
		start := time.Now()
		doc, err := markdown.Parse(name+".md", []byte(src))
		parsed := time.Since(start)
		if err != nil {
			t.Logf("%s: parse %v err %v", name, parsed, err)
			continue
		}
		start = time.Now()
		findings, err := engine.Eval(ctx, doc)
		evald := time.Since(start)
		start = time.Now()
		for _, f := range report.Formats() {
			w, _ := report.New(f, report.Options{})
			var buf bytes.Buffer
			w.Write(&buf, report.Input{Files: []model.FileResult{{Path: name, Findings: findings}}, Rules: engine.Rules()})
		}
		t.Logf("%s (%d KB): parse %v eval %v (%d findings, err %v) reports %v", name, len(src)/1024, parsed, evald, len(findings), err, time.Since(start))
	}
}

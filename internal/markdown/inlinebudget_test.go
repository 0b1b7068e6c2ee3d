package markdown

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// dumpTree writes one line per node of goldmark's tree: depth, kind, byte
// position and, for text, the segment.
func dumpTree(root ast.Node) string {
	var b strings.Builder
	var visit func(n ast.Node, depth int)
	visit = func(n ast.Node, depth int) {
		fmt.Fprintf(&b, "%d %s %d", depth, n.Kind(), n.Pos())
		if t, ok := n.(*ast.Text); ok {
			fmt.Fprintf(&b, " %d-%d", t.Segment.Start, t.Segment.Stop)
		}
		b.WriteByte('\n')
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			visit(c, depth+1)
		}
	}
	visit(root, 0)
	return b.String()
}

// budgetSamples returns the sample documents, the corpus (when present)
// and a few inline edge cases.
func budgetSamples(t *testing.T) map[string][]byte {
	t.Helper()
	samples := map[string][]byte{}
	for _, path := range append(sampleDocs(t), corpusSeeds()...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		samples[filepath.Base(path)] = src
	}
	for i, s := range []string{
		"*a* _b_ **c** __d__ ~~e~~ `f` [g](h) <i@j.k> <https://l> www.m.com <b>n</b> <!-- o -->",
		"- [ ] task *a\n- [x] done `b\n\n| a | `b|c` |\n|---|---|\n| *x | [y] |\n",
		"[unclosed *link `code\n\n[ref]: /url \"title\"\n\n[ref] ![img](p.png)",
	} {
		samples[fmt.Sprintf("edge-%d", i)] = []byte(s)
	}
	return samples
}

func TestBudgetedParserMatchesGoldmarkGFM(t *testing.T) {
	plain := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
	for name, src := range budgetSamples(t) {
		source, _ := normalize(src)
		want := dumpTree(plain.Parse(text.NewReader(source)))
		got := dumpTree(gfm.Parse(text.NewReader(source)))
		if got != want {
			t.Errorf("%s: the budgeted parser builds another tree than goldmark's GFM parser", name)
		}
	}
}

// inlineWorkOf returns the byte steps the inline parsing of src spends.
func inlineWorkOf(src []byte) int64 {
	source, _ := normalize(src)
	pc := parser.NewContext()
	work := &inlineWork{}
	pc.Set(inlineWorkKey, work)
	gfm.Parse(text.NewReader(source), parser.WithContext(pc))
	return work.spent
}

func TestRealDocumentsStayFarBelowTheInlineBudget(t *testing.T) {
	const maxDocument = 10 << 20 // the default size limit
	for name, src := range budgetSamples(t) {
		if len(src) < 1024 {
			continue
		}
		spent := inlineWorkOf(src)
		perKB := spent * 1024 / int64(len(src))
		// A 10 MiB document of the same prose must use under a fifth of the
		// budget.
		if scaled := perKB * maxDocument / 1024; scaled > maxInlineWork/5 {
			t.Errorf("%s: %d byte steps per KB, %d for 10 MiB of it; the budget is %d", name, perKB, scaled, maxInlineWork)
		}
	}
}

// pathologicalInline are single paragraphs that make goldmark's inline
// parser quadratic, by the unit repeated.
var pathologicalInline = []string{
	"*a_b*c_d**e_f*g**h*i_j**", // goldmark issue #555
	"\\``",                     // unmatched code span openers
	"a <!--a ",                 // unclosed HTML comments
	"~a ~~b ",                  // unmatched strikethrough
	"*]",                       // emphasis and stray brackets
	"[a *b ",                   // unclosed links and emphasis
}

func TestPathologicalInlineMarkupIsRefusedQuickly(t *testing.T) {
	for _, unit := range pathologicalInline {
		t.Run(unit, func(t *testing.T) {
			src := "# Title\n\nintro\n\n" + strings.Repeat(unit, (1<<20)/len(unit)) + "\n"
			start := time.Now()
			doc, err := Parse("docs/a.md", []byte(src))
			elapsed := time.Since(start)
			if limit := 5 * time.Second * raceSlowdown; elapsed > limit {
				t.Errorf("Parse took %s, want under %s", elapsed, limit)
			}
			var inputErr *InputError
			if doc != nil || !errors.As(err, &inputErr) {
				t.Fatalf("Parse = %v, %v; want an *InputError", doc != nil, err)
			}
			want := "docs/a.md:5: too much inline markup to parse (the paragraph at line 5 "
			if inputErr.Line != 5 || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q (line %d), want it to start with %q (line 5)", err, inputErr.Line, want)
			}
		})
	}
}

func TestLongPlainLinesAreParsed(t *testing.T) {
	for name, unit := range map[string]string{
		"words":             "word ",
		"scattered markers": "a *b* c `d` [e](f) g <h@i.j> ",
	} {
		t.Run(name, func(t *testing.T) {
			src := strings.Repeat(unit, (1<<20)/len(unit))
			if name == "scattered markers" {
				// Short paragraphs: the markers of one paragraph cost little.
				src = strings.ReplaceAll(src, "g <", "g\n\n<")
			}
			doc, err := Parse("docs/a.md", []byte(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, doc)
		})
	}
}

package markdown

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/addlint/addlint/internal/benchcorpus"
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
		"bare http://a.b/c and x@y.z, ftp://f.g (www.h.i) *https://j.k* _mail@l.mn_ ~www.o.pq~\n\n| a | b |\n|---|---|\n| www.x.y | z@w.v |\n",
		"  [a]: /one\n[b]:\n  /two 'title'\n*text*\n\n\t[c]: /three\n\n[not] a *definition*\n\n> [d]: /four\n\n- [e]: /five\n\n[a] [b] [c] [d] [e]\n",
		"*no* links here: http without a colon, ftp, www, an @ sign\n\n# Heading www.a.bc\n\n- item x@y.zz\n",
	} {
		samples[fmt.Sprintf("edge-%d", i)] = []byte(s)
	}
	for i := range 5 {
		samples[fmt.Sprintf("generated-%d", i)] = benchcorpus.Generate(benchcorpus.Options{Seed: 1}, i).Content
	}
	return samples
}

func TestBudgetedParserMatchesGoldmarkGFM(t *testing.T) {
	plain := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
	for name, src := range budgetSamples(t) {
		source, _ := normalize(src)
		want := dumpTree(plain.Parse(text.NewReader(source)))
		pc := parser.NewContext()
		work := &inlineWork{}
		pc.Set(inlineWorkKey, work)
		got := dumpTree(gfm.Parse(text.NewReader(source), parser.WithContext(pc)))
		if work.over != nil || work.spent == 0 {
			t.Errorf("%s: the budget was not charged as expected (spent %d, over %v)", name, work.spent, work.over != nil)
		}
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
		// A 10 MiB document of the same prose must use under 1% of the
		// budget.
		if scaled := perKB * maxDocument / 1024; scaled > maxInlineWork/100 {
			t.Errorf("%s: %d byte steps per KB, %d for 10 MiB of it; the budget is %d", name, perKB, scaled, maxInlineWork)
		}
	}
}

// pathologicalInline are single paragraphs that make goldmark's inline
// parser quadratic, by the unit repeated.
var pathologicalInline = []string{
	"*a_b*c_d**e_f*g**h*i_j**", // goldmark issue #555
	"a_b_ ",                    // intraword underscores: delimiters that neither open nor close
	"\\``",                     // unmatched code span openers
	"[a](",                     // link destinations without an end
	"[a](<",                    // the same, in angle brackets
	"~~a~ ",                    // strikethrough runs of unequal length
	"[*",                       // brackets and delimiters, closed below
	"[",                        // brackets, closed below
}

// reverse returns "*]" for "[*".
func reverse(unit string) string {
	r := []rune(unit)
	slices.Reverse(r)
	return strings.NewReplacer("[", "]").Replace(string(r))
}

func TestPathologicalInlineMarkupIsRefusedQuickly(t *testing.T) {
	for _, unit := range pathologicalInline {
		t.Run(unit, func(t *testing.T) {
			body := strings.Repeat(unit, (1<<20)/len(unit))
			if strings.HasPrefix(unit, "[") {
				body = body[:len(body)/2] + strings.Repeat(reverse(unit), len(body)/2/len(unit))
			}
			src := "# Title\n\nintro\n\n" + body + "\n"
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
			want := "docs/a.md:5: too much inline markup to parse: this paragraph and those before it hold"
			if inputErr.Line != 5 || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q (line %d), want it to start with %q (line 5)", err, inputErr.Line, want)
			}
		})
	}
}

func TestLongLinesOfMatchedMarkupAreParsed(t *testing.T) {
	for name, unit := range map[string]string{
		"words": "word ",
		// One emphasis pair, strikethrough, code span, link, autolink and
		// comment per 200 bytes: about 20,000 markers in the paragraph.
		"matched markers": "a *b* c `d` [e](f) ~~g~~ <h@i.j> <!-- k --> [Owner Name] TODO " + strings.Repeat("word ", 30),
		"unclosed html":   "a <!--a ",
	} {
		t.Run(name, func(t *testing.T) {
			src := strings.Repeat(unit, (1<<20)/len(unit))
			start := time.Now()
			doc, err := Parse("docs/a.md", []byte(src))
			if limit := 2 * time.Second * raceSlowdown; time.Since(start) > limit {
				t.Errorf("Parse took %s, want under %s", time.Since(start), limit)
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, doc)
		})
	}
}

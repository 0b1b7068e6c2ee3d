package markdown

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/benchcorpus"
)

// simpleYAMLCases are texts and whether isSimpleYAML must vouch for them.
// Every text it vouches for must also be valid for the YAML library.
var simpleYAMLCases = []struct {
	text   string
	simple bool
}{
	{"", true},
	{"\n  \n", true},
	{"a: 1\nb: two words\n", true},
	{"a:\n  b: 1\n  c:\n    d: [x, y_z, date-time]\n", true},
	{"a:\n- x\n- y\nb: 1\n", true},
	{"paths:\n  /v1/x:\n    get:\n      parameters:\n        - name: cursor\n          in: query\n      responses:\n        '200':\n          description: A page\n", true},
	{"- a: 1\n  b: 2\n- c\n", true},
	{"-   a: 1\n    b: 2\n", true},
	{"- a:\n  - x\n- b\n", true},
	{"a: \"quoted \\\"text\\\" here\"\nb: 'it''s'\nc: {}\nd: []\n", true},
	{"run: |\n  echo 1\n\n  echo 2\nnext: >-\n    folded\n    text\n", true},
	{"a: |\nb: 1\n", true},
	{"a: http://x/y#frag\nb: -1\n", true},
	{"k: ünïcödé ✓\n", true},
	{"  a: 1\n  b: 2\n", true},
	// Valid YAML outside the subset.
	{"a: 1 # comment\n", false},
	{"# comment\na: 1\n", false},
	{"a: &x 1\nb: *x\n", false},
	{"---\na: 1\n", false},
	{"a: !!str 1\n", false},
	{"a: multi\n  line\n", false},
	{"a:\n  - [x, y]\n  -\n    b: 1\n", false},
	{"- - x\n", false},
	{"just a scalar\n", false},
	{"a: \"\\u00e9\"\n", false},
	{"a: {b: 1}\n", false},
	{"a: |2\n   x\n", false},
	{"a:\tb\n", false},
	// Invalid YAML.
	{"a: b: c\n", false},
	{"a:\n  b: 1\n c: 2\n", false},
	{"a: 1\n  b: 2\n", false},
	{"a:\n  - x\n  b: 1\n", false},
	{"- a\nb: 1\n", false},
	{"a: 'x\n", false},
	{"a: \"x\\/y\"\n", false},
	{"a: [x, ]\n", false},
	{"a: b:\n", false},
	{"a: @x\n", false},
	{"a: |\n    x\n  y\n", false},
	{"a: |\n      \n    x\n", false},
	{"a:\n    b: 1\n  c: 2\n", false},
	{"- a: 1\n   b: 2\n", false},
	{"a\x01: 1\n", false},
}

func TestIsSimpleYAML(t *testing.T) {
	for _, tc := range simpleYAMLCases {
		if got := isSimpleYAML(tc.text); got != tc.simple {
			t.Errorf("isSimpleYAML(%q) = %v, want %v", tc.text, got, tc.simple)
		}
		if tc.simple {
			if err := checkYAMLStream([]byte(tc.text)); err != nil {
				t.Errorf("%q: the YAML library refuses it: %v", tc.text, err)
			}
		}
	}
}

// TestSimpleYAMLOnDocuments checks every yaml code block of the sample
// documents, the corpus and generated documents: a block isSimpleYAML
// vouches for must be valid for the YAML library, and most generated
// blocks (the benchmark's) must be vouched for.
func TestSimpleYAMLOnDocuments(t *testing.T) {
	var sources [][]byte
	paths := sampleDocs(t)
	paths = append(paths, corpusSeeds()...)
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, src)
	}
	generated := len(sources)
	for i := range 60 {
		sources = append(sources, benchcorpus.Generate(benchcorpus.Options{Seed: 1}, i).Content)
	}
	generatedBlocks, generatedSimple := 0, 0
	for i, src := range sources {
		doc, err := Parse(filepath.ToSlash("doc.md"), src)
		if err != nil {
			continue
		}
		for _, block := range doc.CodeBlocks {
			if block.Lang != "yaml" && block.Lang != "yml" {
				continue
			}
			simple := isSimpleYAML(block.Content)
			if err := checkYAMLStream([]byte(block.Content)); simple && err != nil {
				t.Errorf("isSimpleYAML vouches for a block the YAML library refuses (%v):\n%s", err, block.Content)
			}
			if i >= generated {
				generatedBlocks++
				if simple {
					generatedSimple++
				}
			}
		}
	}
	if generatedBlocks == 0 || generatedSimple*10 < generatedBlocks*9 {
		t.Errorf("isSimpleYAML vouches for %d of %d generated yaml blocks, want at least 90%%", generatedSimple, generatedBlocks)
	}
}

// FuzzSimpleYAML checks that every text isSimpleYAML vouches for is valid
// for the YAML library.
func FuzzSimpleYAML(f *testing.F) {
	for _, tc := range simpleYAMLCases {
		f.Add(tc.text)
	}
	for i := range 3 {
		doc := benchcorpus.Generate(benchcorpus.Options{Seed: 1}, i)
		for _, block := range strings.Split(string(doc.Content), "```yaml\n")[1:] {
			content, _, _ := strings.Cut(block, "```")
			f.Add(content)
		}
	}
	f.Fuzz(func(t *testing.T, content string) {
		if !isSimpleYAML(content) {
			return
		}
		if err := checkYAMLStream([]byte(content)); err != nil {
			t.Fatalf("isSimpleYAML vouches for %q, the YAML library refuses it: %v", content, err)
		}
	})
}

// simpleYAMLRandomCases is how many random texts TestSimpleYAMLRandom
// tries.
var simpleYAMLRandomCases = flag.Int("yaml-cases", 20000, "random texts TestSimpleYAMLRandom tries")

// TestSimpleYAMLRandom builds random texts from YAML-like lines (random
// indentation, sequence dashes, keys and tricky values) and checks that
// every one isSimpleYAML vouches for is valid for the YAML library.
func TestSimpleYAMLRandom(t *testing.T) {
	pieces := struct{ indents, prefixes, keys, values []string }{
		indents:  []string{"", "", " ", "  ", "  ", "   ", "    ", "      ", "        ", "     "},
		prefixes: []string{"", "", "", "- ", "-  ", "-", "- - "},
		keys: []string{
			"a", "b", "key", "'q'", `"d"`, "-x", "a b", "/v1/x", "200", "x:y", "", "a ", "'it''s'", `"a: b"`,
			`'a'': b'`, `"\""`, "a'b", "a\"b", "~", "<<", "=", "x]", "x,y", "a{b}", "ü", ".x", "...x", "---x", "-", "a  b", "1.5",
		},
		values: []string{
			"", "", "1", "two words", "|", "|-", ">", "|+", "[]", "{}", "[a, b]", "[a,]", "'x'", `"y\"z"`,
			`"\/"`, "a:b", "a: b", "b:", "-1", "- x", "http://x/y", "'open", "x'y", "text ", "~", "<<", "[a, [b]]", "@x", "ü",
			`"x" y`, "'a'b", `"\t"`, "[ a , b ]", "[a,b]", "[-a]", "[.a]", "[a:b]", "{ }", "|-", ">+", "| ", "- - x", "? x", ":x",
			"a ,b", "x%", "%x", "!x", "&a x", "*a", "a#b", "--- x", "... x", "''", `""`, "[]x", "- ", "-x: y",
		},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	vouched := 0
	for range *simpleYAMLRandomCases {
		var text strings.Builder
		for range 1 + rng.IntN(8) {
			text.WriteString(pick(pieces.indents) + pick(pieces.prefixes))
			if rng.IntN(4) > 0 {
				text.WriteString(pick(pieces.keys) + ":")
				if v := pick(pieces.values); v != "" {
					text.WriteString(" " + v)
				}
			} else {
				text.WriteString(pick(pieces.values))
			}
			text.WriteString("\n")
		}
		content := text.String()
		if !isSimpleYAML(content) {
			continue
		}
		vouched++
		if err := checkYAMLStream([]byte(content)); err != nil {
			t.Fatalf("isSimpleYAML vouches for %q, the YAML library refuses it: %v", content, err)
		}
	}
	if vouched == 0 {
		t.Error("isSimpleYAML vouched for none of the random texts")
	}
	t.Logf("isSimpleYAML vouched for %d of %d random texts", vouched, *simpleYAMLRandomCases)
}

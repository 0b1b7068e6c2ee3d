package benchcorpus

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestGenerateIsDeterministic(t *testing.T) {
	opts := Options{Seed: 7}
	for i := range 20 {
		a, b := Generate(opts, i), Generate(opts, i)
		if a.Path != b.Path || !bytes.Equal(a.Content, b.Content) || len(a.Defects) != len(b.Defects) {
			t.Fatalf("document %d differs between two calls", i)
		}
	}
}

func TestSeedsAndIndexesGiveDifferentDocuments(t *testing.T) {
	seen := map[string]int{}
	for i := range 50 {
		doc := Generate(Options{Seed: 1}, i)
		if j, ok := seen[string(doc.Content)]; ok {
			t.Fatalf("documents %d and %d are identical", j, i)
		}
		seen[string(doc.Content)] = i
	}
	if bytes.Equal(Generate(Options{Seed: 1}, 0).Content, Generate(Options{Seed: 2}, 0).Content) {
		t.Fatal("seeds 1 and 2 give the same first document")
	}
}

func TestSizesStayWithinBounds(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		smallest, largest := MaxSize, 0
		for i := range 300 {
			size := len(Generate(Options{Seed: seed}, i).Content)
			smallest, largest = min(smallest, size), max(largest, size)
		}
		if smallest < MinSize || largest > MaxSize {
			t.Errorf("seed %d: sizes from %d to %d bytes, want %d to %d", seed, smallest, largest, MinSize, MaxSize)
		}
		if largest-smallest < 5_000 {
			t.Errorf("seed %d: sizes only vary from %d to %d bytes", seed, smallest, largest)
		}
	}
}

func TestOneDocumentInEachBlockIsDefective(t *testing.T) {
	for _, every := range []int{0, 1, 4, 10} {
		opts := Options{Seed: 3, DefectEvery: every}
		block := opts.defectEvery()
		for start := 0; start < 200; start += block {
			defective := 0
			for i := start; i < start+block; i++ {
				if len(Generate(opts, i).Defects) > 0 {
					defective++
				}
			}
			if defective != 1 {
				t.Fatalf("DefectEvery %d: %d defective documents in %d..%d, want 1", every, defective, start, start+block-1)
			}
		}
	}
}

func TestDefectsAreVaried(t *testing.T) {
	kinds := map[string]bool{}
	for i := range 1000 {
		for _, d := range Generate(Options{Seed: 1}, i).Defects {
			kinds[d.Kind] = true
		}
	}
	if len(kinds) != len(defectKinds) {
		t.Errorf("1,000 documents plant %d kinds of defect, want all %d", len(kinds), len(defectKinds))
	}
}

// requiredH2 are the template's required sections, in order.
var requiredH2 = []string{
	"Executive Summary", "System Context", "Architecture Overview", "Detailed Design",
	"Technology Stack Decisions", "Operational Architecture", "Performance Architecture", "Quality Gates",
}

func TestCleanDocumentsHaveTheTemplateShape(t *testing.T) {
	metadata := regexp.MustCompile(`(?m)^\*\*Date\*\*: \d{4}-\d{2}-\d{2}\n(\*\*Time\*\*: \d{2}:\d{2}:\d{2} UTC\n)?\*\*Version\*\*: \d+\.\d+\n\*\*Status\*\*: (Draft|Review|Approved)\n\*\*Architect\*\*: \S`)
	for i := range 30 {
		doc := Generate(Options{Seed: 5}, i)
		if len(doc.Defects) > 0 {
			continue
		}
		text := string(doc.Content)
		if !strings.HasPrefix(text, "# Architecture Design Document: ") {
			t.Errorf("%s: does not start with the template's H1", doc.Path)
		}
		if !metadata.MatchString(text) {
			t.Errorf("%s: no metadata block", doc.Path)
		}
		if got := h2Titles(text); strings.Join(got, "|") != strings.Join(requiredH2, "|") {
			t.Errorf("%s: H2 sections %q, want %q", doc.Path, got, requiredH2)
		}
		if strings.Count(text, "```")%2 != 0 {
			t.Errorf("%s: unbalanced code fences", doc.Path)
		}
		if strings.Count(text, "- [x] ") != len(gateItems) {
			t.Errorf("%s: want the %d quality gates checked", doc.Path, len(gateItems))
		}
	}
}

// h2Titles returns the titles of the H2 headings outside code blocks.
func h2Titles(text string) []string {
	var titles []string
	inCode := false
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		if title, ok := strings.CutPrefix(line, "## "); ok && !inCode {
			titles = append(titles, title)
		}
	}
	return titles
}

func TestDefectiveDocumentsDifferFromTheirCleanSelf(t *testing.T) {
	for _, k := range defectKinds {
		clean := generateWith(Options{Seed: 9}, 4, nil)
		broken := generateWith(Options{Seed: 9}, 4, []defectKind{k})
		if bytes.Equal(clean.Content, broken.Content) {
			t.Errorf("defect %s changes nothing", k.kind)
		}
		if len(broken.Defects) != 1 || broken.Defects[0].Rule != k.rule {
			t.Errorf("defect %s: Defects = %v", k.kind, broken.Defects)
		}
	}
}

func TestMissingSectionAvoidsOtherDefects(t *testing.T) {
	all := []defectKind{}
	for _, k := range defectKinds {
		if k.kind != missingSectionKind {
			all = append(all, k)
		}
	}
	all = append(all, defectKinds[indexOfKind(missingSectionKind)])
	for i := range 30 {
		doc := generateWith(Options{Seed: 2}, i, all)
		text := string(doc.Content)
		for _, needed := range []string{"## Detailed Design", "## Operational Architecture", "## Performance Architecture", "## Quality Gates"} {
			if !strings.Contains(text, "\n"+needed+"\n") {
				t.Fatalf("document %d: %q was removed though other defects live in it", i, needed)
			}
		}
	}
}

func TestWriteDirWritesTheCorpus(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Seed: 11}
	sum, err := WriteDir(dir, opts, 25)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 25 || sum.Defective < 2 || sum.Defective > 3 {
		t.Errorf("summary %+v, want 25 files and 2 or 3 defective", sum)
	}
	var total int64
	for i := range 25 {
		doc := Generate(opts, i)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(doc.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, doc.Content) {
			t.Errorf("%s: written content differs from Generate", doc.Path)
		}
		total += int64(len(got))
	}
	if sum.Bytes != total {
		t.Errorf("summary says %d bytes, files hold %d", sum.Bytes, total)
	}
}

func TestWriteDirRefusesBadArguments(t *testing.T) {
	if _, err := WriteDir(t.TempDir(), Options{}, 0); err == nil {
		t.Error("WriteDir with n = 0: no error")
	}
	if _, err := WriteDir("", Options{}, 1); err == nil {
		t.Error("WriteDir with no directory: no error")
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteDir(file, Options{}, 1); err == nil {
		t.Error("WriteDir under a regular file: no error")
	}
}

func TestPathsAreUniqueAndGrouped(t *testing.T) {
	seen := map[string]bool{}
	for i := range 250 {
		p := Generate(Options{Seed: 1}, i).Path
		if seen[p] {
			t.Fatalf("path %s repeats", p)
		}
		seen[p] = true
		if !strings.HasSuffix(p, ".md") || strings.Count(p, "/") != 1 {
			t.Fatalf("path %s: want team-NN/NNNNN-name.md", p)
		}
	}
}

func TestHelpers(t *testing.T) {
	cases := []struct{ got, want string }{
		{thousands(0), "0"},
		{thousands(999), "999"},
		{thousands(1000), "1,000"},
		{thousands(1234567), "1,234,567"},
		{plural("entity"), "entities"},
		{plural("day"), "days"},
		{plural("status"), "statuses"},
		{plural("payment"), "payments"},
		{camel("scan_event"), "ScanEvent"},
		{lowerCamel("scan_event"), "scanEvent"},
		{title("scan_event"), "Scan Event"},
		{slug("Cobalt  Ledger"), "cobalt-ledger"},
		{upperFirst(""), ""},
		{upperFirst("the api"), "The api"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

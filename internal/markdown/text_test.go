package markdown

import "testing"

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		words int
	}{
		{"", 0},
		{"a b", 2},
		{"a-b c_d", 2},
		{"3.5 ms, 10k rps", 4},
		{"héllo wörld", 2},
		{"a\u00a0b", 2},
		{"名前 テスト", 5},
		{"x名y", 3},
		{"— ✓ !", 0},
		{"\xffa b", 2},
	} {
		if got := countWords(tc.text); got != tc.words {
			t.Errorf("countWords(%q) = %d, want %d", tc.text, got, tc.words)
		}
	}
}

func TestTextBufferCollapsesSpace(t *testing.T) {
	var b textBuffer
	b.write([]byte("  a \t b\n"))
	b.space()
	b.write([]byte("c\u00a0\u2003d "))
	m := b.mark()
	b.write([]byte(" e  "))
	if got, want := b.String(), "a b c d e"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if got := b.since(m); got != "e" {
		t.Errorf("since = %q, want %q", got, "e")
	}
	if got := b.between(0, m); got != "a b c d" {
		t.Errorf("between = %q, want %q", got, "a b c d")
	}
}

// FuzzAppendCollapsed checks that appending a textBuffer's own text with
// appendCollapsed gives what write gives.
func FuzzAppendCollapsed(f *testing.F) {
	for _, s := range []string{"a", " a  b ", "\u00a0x\u2003y\t", "\xff \xfe", "名 前"} {
		f.Add("start ", s)
	}
	f.Fuzz(func(t *testing.T, before, text string) {
		var inner textBuffer
		inner.write([]byte(text))
		if len(inner.contents()) == 0 {
			return
		}
		var written, appended textBuffer
		for _, b := range []*textBuffer{&written, &appended} {
			b.write([]byte(before))
			b.space()
		}
		written.write(inner.contents())
		appended.appendCollapsed(inner.contents())
		if written.String() != appended.String() {
			t.Fatalf("write gives %q, appendCollapsed %q", written.String(), appended.String())
		}
	})
}

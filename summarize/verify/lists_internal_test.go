package verify

import "testing"

func TestListTitle(t *testing.T) {
	tests := []struct{ item, want string }{
		{"2. SmartWater Irrigation Control - Priced at $1,500 per unit, it saves water.", "SmartWater Irrigation Control"},
		{"1. Market Analysis Wizard: By leveraging this tool, you will gain insights.", "Market Analysis Wizard"},
		{"3) Night Pilot Service – two more pilots for the night shift.", "Night Pilot Service"},
		{"4. A new sea wall by 2028.", "A new sea wall by 2028"},
		{"5. The board wants a new sea wall by 2028, two more pilots and the eastern channel dredged before winter.", ""},
		{"6.", ""},
	}
	for _, tt := range tests {
		if got := listTitle(tt.item); got != tt.want {
			t.Errorf("listTitle(%q) = %q, want %q", tt.item, got, tt.want)
		}
	}
}

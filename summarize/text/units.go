package text

// Units of measure: the word after a number that says what it counts ("nine
// days", "150 km", "a 40-tonne truck"). A figure's unit is part of the
// quantity: "nine weeks" is not "nine days", "150 miles" is not "150 km".
// English only; a word of no unit here is no unit.

// A Unit is a unit of measure as Unit reads it: one name for every form of it
// ("km", "kilometre", "kilometers" are "km") and its kind ("length"). Two
// units of one kind are alternatives; units of different kinds are not
// compared.
type Unit struct {
	Name, Kind string
}

var units = func() map[string]Unit {
	m := map[string]Unit{}
	add := func(kind, name string, forms ...string) {
		for _, f := range append(forms, name) {
			m[f] = Unit{Name: name, Kind: kind}
		}
	}
	add("time", "second", "seconds", "secs")
	add("time", "minute", "minutes", "mins")
	add("time", "hour", "hours", "hrs")
	add("time", "day", "days")
	add("time", "week", "weeks")
	add("time", "month", "months")
	add("time", "year", "years", "yrs")
	add("time", "decade", "decades")
	add("time", "century", "centuries")
	add("length", "mm", "millimetre", "millimetres", "millimeter", "millimeters")
	add("length", "cm", "centimetre", "centimetres", "centimeter", "centimeters")
	add("length", "metre", "metres", "meter", "meters")
	add("length", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
	add("length", "inch", "inches")
	add("length", "foot", "feet", "ft")
	add("length", "yard", "yards")
	add("length", "mile", "miles")
	add("mass", "gram", "grams")
	add("mass", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")
	add("mass", "tonne", "tonnes", "ton", "tons")
	add("mass", "lb", "lbs")
	add("mass", "ounce", "ounces", "oz")
	add("volume", "litre", "litres", "liter", "liters")
	add("volume", "gallon", "gallons")
	add("volume", "barrel", "barrels")
	add("area", "hectare", "hectares")
	add("area", "acre", "acres")
	add("speed", "mph")
	add("speed", "kph")
	add("speed", "knot", "knots")
	add("power", "kw", "kilowatt", "kilowatts")
	add("power", "mw", "megawatt", "megawatts")
	add("power", "gw", "gigawatt", "gigawatts")
	return m
}()

// UnitForms calls f with every form of a unit Unit reads and its unit.
func UnitForms(f func(form string, u Unit)) {
	for w, u := range units {
		f(w, u)
	}
}

// UnitOf returns the unit that the word w (lower case) names, if any.
func UnitOf(w string) (Unit, bool) {
	u, ok := units[w]
	return u, ok
}

// unitModifiers may stand between a number and its unit: "nine more days",
// "three straight years".
var unitModifiers = map[string]bool{
	"more": true, "extra": true, "additional": true, "further": true, "consecutive": true,
	"straight": true, "full": true, "whole": true, "long": true, "short": true, "successive": true,
}

// IsUnitModifier reports whether w may stand between a figure and what it
// counts: "nine more days", "the third straight quarter".
func IsUnitModifier(w string) bool { return unitModifiers[w] }

// UnitAfter returns the unit written right after the figure that ends before
// toks[end] ("nine days", "nine-day", "nine more days"): the next word, or
// the one after a modifier; none across a sentence break.
func UnitAfter(toks []Token, end int) (Unit, int, bool) {
	if end <= 0 || end > len(toks) || toks[end-1].Brk || toks[end-1].Pct {
		return Unit{}, 0, false
	}
	for k := end; k < len(toks) && k <= end+1; k++ {
		t := toks[k]
		if t.Num {
			break
		}
		if u, ok := units[t.Low]; ok {
			return u, k, true
		}
		if !unitModifiers[t.Low] || t.Brk {
			break
		}
	}
	return Unit{}, 0, false
}

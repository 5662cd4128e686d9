package stress

import (
	"bytes"
	"fmt"
	"html/template"
	"slices"
	"strings"
)

// Chart geometry of the HTML report, in SVG user units.
const (
	chartW, chartH = 560, 180
	chartPad       = 30
)

// HTML returns the report as one self-contained HTML page: tables of every figure and inline SVG charts (the
// insurance fund's path, the margin-ratio distribution before and after, bad debt by shock size). It loads
// nothing: no script, no stylesheet, no font, no image from anywhere.
func HTML(r *Report) ([]byte, error) {
	var b bytes.Buffer
	data := struct {
		R       *Report
		BadDebt template.HTML
		Charts  []scenarioCharts
	}{R: r, BadDebt: badDebtChart(r)}
	for _, sc := range r.Scenarios {
		data.Charts = append(data.Charts, scenarioCharts{S: sc, Fund: fundChart(sc), Ratios: ratioChart(sc)})
	}
	if err := pageTemplate.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("stress: html: %w", err)
	}
	return b.Bytes(), nil
}

type scenarioCharts struct {
	S            ScenarioReport
	Fund, Ratios template.HTML
}

// polyline returns the points of values scaled into the chart, x evenly spaced.
func polyline(values []int64, lo, hi int64) string {
	var pts []string
	span := max(hi-lo, 1)
	for i, v := range values {
		x := chartPad
		if len(values) > 1 {
			x += i * (chartW - 2*chartPad) / (len(values) - 1)
		}
		y := chartH - chartPad - int((v-lo)*int64(chartH-2*chartPad)/span)
		pts = append(pts, fmt.Sprintf("%d,%d", x, y))
	}
	return strings.Join(pts, " ")
}

func svgOpen(title string) string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img"><title>%s</title>`+
		`<rect x="0" y="0" width="%d" height="%d" fill="#fafafa" stroke="#ccc"/>`, chartW, chartH, chartW, chartH,
		template.HTMLEscapeString(title), chartW, chartH)
}

// fundChart draws the fund after each step, current parameters in blue and the proposal's in orange.
func fundChart(sc ScenarioReport) template.HTML {
	series := [][]int64{sc.Current.Fund.Path}
	if sc.Proposal != nil {
		series = append(series, sc.Proposal.Fund.Path)
	}
	lo, hi := int64(0), int64(1)
	for _, s := range series {
		for _, v := range s {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	var b strings.Builder
	b.WriteString(svgOpen("insurance fund after each step"))
	for i, s := range series {
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`, []string{"#1f77b4", "#ff7f0e"}[i], polyline(s, lo, hi))
	}
	fmt.Fprintf(&b, `<text x="4" y="14" font-size="11">max %d</text><text x="4" y="%d" font-size="11">min %d</text>`, hi, chartH-4, lo)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">step %d</text></svg>`, chartW-4, chartH-4, len(series[0])-1)
	return template.HTML(b.String())
}

// ratioChart draws the margin-ratio distribution (MMR/TV in tenths, the last bar liquidatable) before and after.
func ratioChart(sc ScenarioReport) template.HTML {
	before, after := sc.Current.MarginRatiosBefore, sc.Current.MarginRatiosAfter
	top := 1
	for i := range before {
		top = max(top, before[i], after[i])
	}
	var b strings.Builder
	b.WriteString(svgOpen("margin ratio MMR/TV before (grey) and after (red)"))
	slot := (chartW - 2*chartPad) / len(before)
	for i := range before {
		for j, v := range []int{before[i], after[i]} {
			h := v * (chartH - 2*chartPad) / top
			x := chartPad + i*slot + j*slot/2
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%d accounts</title></rect>`,
				x, chartH-chartPad-h, slot/2-2, h, []string{"#999", "#d62728"}[j], v)
		}
		label := fmt.Sprintf("%d%%", i*10)
		if i == len(before)-1 {
			label = "liq"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10">%s</text>`, chartPad+i*slot, chartH-chartPad+12, label)
	}
	fmt.Fprintf(&b, `<text x="4" y="14" font-size="11">%d accounts</text></svg>`, top)
	return template.HTML(b.String())
}

// badDebtChart draws each scenario's total bad debt, ordered by shock size, current and proposal side by side.
func badDebtChart(r *Report) template.HTML {
	scs := slices.Clone(r.Scenarios)
	slices.SortStableFunc(scs, func(a, b ScenarioReport) int { return int(a.ShockPpm - b.ShockPpm) })
	top := int64(1)
	for _, sc := range scs {
		top = max(top, sc.Current.BadDebt.Total)
		if sc.Proposal != nil {
			top = max(top, sc.Proposal.BadDebt.Total)
		}
	}
	var b strings.Builder
	b.WriteString(svgOpen("bad debt by shock size"))
	slot := (chartW - 2*chartPad) / max(len(scs), 1)
	for i, sc := range scs {
		vals := []int64{sc.Current.BadDebt.Total}
		if sc.Proposal != nil {
			vals = append(vals, sc.Proposal.BadDebt.Total)
		}
		for j, v := range vals {
			h := int(v * int64(chartH-2*chartPad) / top)
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"><title>%s: %d</title></rect>`,
				chartPad+i*slot+j*slot/2, chartH-chartPad-h, slot/2-2, h, []string{"#1f77b4", "#ff7f0e"}[j], template.HTMLEscapeString(sc.Name), v)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="10">%d%%</text>`, chartPad+i*slot, chartH-chartPad+12, sc.ShockPpm/10_000)
	}
	fmt.Fprintf(&b, `<text x="4" y="14" font-size="11">max %d</text></svg>`, top)
	return template.HTML(b.String())
}

var pageTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>perpx stress report: {{.R.Suite}}</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}th{background:#eee}h2{margin-top:2em}
.k{text-align:left}.cur{color:#1f77b4}.prop{color:#ff7f0e}</style></head><body>
<h1>perpx stress report: {{.R.Suite}}</h1>
<p>State root <code>{{.R.StateRoot}}</code>, batch {{.R.Batch}}; {{.R.Accounts}} accounts, {{.R.AccountsWithPositions}} with positions.
Amounts in quote quantums, sizes in base quantums. Re-run: <code>perpx stress --state DIR --scenarios FILE</code> on the same state gives this report byte for byte.</p>
<h2>Bad debt by shock size</h2><p><span class="cur">current parameters</span> / <span class="prop">proposal</span></p>{{.BadDebt}}
{{range .Charts}}{{$s := .S}}<h2>{{.S.Name}}</h2>
<table><tr><th class="k">figure</th><th class="cur">current</th>{{if .S.Proposal}}<th class="prop">proposal</th>{{end}}</tr>
<tr><td class="k">accounts liquidated</td><td>{{.S.Current.AccountsLiquidated}}</td>{{with .S.Proposal}}<td>{{.AccountsLiquidated}}</td>{{end}}</tr>
<tr><td class="k">liquidations / deleverages</td><td>{{.S.Current.Liquidations}} / {{.S.Current.Deleverages}}</td>{{with .S.Proposal}}<td>{{.Liquidations}} / {{.Deleverages}}</td>{{end}}</tr>
<tr><td class="k">accounts deleveraged / hit</td><td>{{.S.Current.AccountsDeleveraged}} / {{.S.Current.AccountsHitByDeleveraging}}</td>{{with .S.Proposal}}<td>{{.AccountsDeleveraged}} / {{.AccountsHitByDeleveraging}}</td>{{end}}</tr>
<tr><td class="k">deleveraged volume</td><td>{{.S.Current.DeleveragedVolume}}</td>{{with .S.Proposal}}<td>{{.DeleveragedVolume}}</td>{{end}}</tr>
<tr><td class="k">accounts left liquidatable</td><td>{{.S.Current.AccountsStuck}}</td>{{with .S.Proposal}}<td>{{.AccountsStuck}}</td>{{end}}</tr>
<tr><td class="k">bad debt: fund / socialized / unresolved</td><td>{{.S.Current.BadDebt.CoveredByFund}} / {{.S.Current.BadDebt.Socialized}} / {{.S.Current.BadDebt.Unresolved}}</td>{{with .S.Proposal}}<td>{{.BadDebt.CoveredByFund}} / {{.BadDebt.Socialized}} / {{.BadDebt.Unresolved}}</td>{{end}}</tr>
<tr><td class="k">fund start / min / end</td><td>{{.S.Current.Fund.Start}} / {{.S.Current.Fund.Min}} / {{.S.Current.Fund.End}}</td>{{with .S.Proposal}}<td>{{.Fund.Start}} / {{.Fund.Min}} / {{.Fund.End}}</td>{{end}}</tr>
<tr><td class="k">first step the fund cannot pay</td><td>{{.S.Current.FirstUnpaidStep}}</td>{{with .S.Proposal}}<td>{{.FirstUnpaidStep}}</td>{{end}}</tr>
{{with .S.Proposal}}{{with .Adoption}}<tr><td class="k">adoption: reduced / volume / liquidated</td><td></td><td>{{.AccountsReduced}} / {{.ReducedVolume}} / {{.AccountsLiquidated}}</td></tr>{{end}}{{end}}
</table>
<table><tr><th>market</th><th>open interest before</th><th>after</th><th>held by the backstop</th></tr>
{{range $i, $oi := .S.Current.OpenInterestAfter}}<tr><td>{{$oi.Market}}</td><td>{{(index $s.Current.OpenInterestBefore $i).Long}}</td><td>{{$oi.Long}}</td><td>{{$oi.Backstop}}</td></tr>{{end}}</table>
<p>Closest to liquidation that survived (MMR/TV, ppm): {{range .S.Current.Survivors}}#{{.Account}} {{.MarginRatioPpm}}; {{end}}</p>
<h3>Insurance fund</h3>{{.Fund}}<h3>Margin ratios</h3>{{.Ratios}}
{{end}}</body></html>
`))

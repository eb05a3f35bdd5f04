// The dyad page's chart: stacked events per quad class (bars), mean Goldstein (line), change points (pins).
// Clicking a period opens its events below the chart. Data come from the page's own API; text is set by ECharts
// as canvas text, never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var pageUrl = el.getAttribute('data-page');
  var QUADS = [['verbal_coop', 'Verbal cooperation', '#7fc97f'], ['material_coop', 'Material cooperation', '#2e8b57'],
    ['verbal_conflict', 'Verbal conflict', '#f4a582'], ['material_conflict', 'Material conflict', '#c0392b']];

  function open(periods, index) {
    if (index < 0 || index >= periods.length || periods[index].events === 0) { return; }
    window.location.href = pageUrl + '&at=' + encodeURIComponent(periods[index].start) + '#period-events';
  }

  fetch(el.getAttribute('data-series'), {headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (doc) {
      var periods = doc.periods;
      var labels = periods.map(function (p) { return p.period; });
      var series = QUADS.map(function (q) {
        return {name: q[1], type: 'bar', stack: 'quads', yAxisIndex: 0, barMaxWidth: 56, itemStyle: {color: q[2]},
          data: periods.map(function (p) { return p[q[0]]; })};
      });
      series.push({name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, showAllSymbol: true,
        symbol: 'circle', symbolSize: 9, itemStyle: {color: '#1d2433'}, lineStyle: {width: 2},
        data: periods.map(function (p) { return p.goldstein_mean; })});
      series.push({name: 'Change point', type: 'scatter', yAxisIndex: 1, symbol: 'pin', symbolSize: 34,
        itemStyle: {color: '#8e44ad'}, label: {show: true, formatter: '!', color: '#fff'},
        data: periods.map(function (p, i) { return p.spike ? [i, p.goldstein_mean === null ? 0 : p.goldstein_mean] : null; })
          .filter(function (d) { return d !== null; })});
      var chart = echarts.init(el, null, {renderer: 'canvas'});
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis', confine: true, formatter: function (items) {
          if (!items.length) { return ''; }
          var p = periods[items[0].dataIndex];
          var lines = [p.period + ': ' + p.events + ' events'];
          if (p.goldstein_mean !== null) { lines.push('mean Goldstein ' + p.goldstein_mean.toFixed(2)); }
          if (p.spike) { lines.push(p.spike + ' change point'); }
          return lines.map(function (l) { return echarts.format.encodeHTML(l); }).join('<br>');
        }},
        legend: {top: 0, type: 'scroll'},
        grid: {left: 48, right: 48, top: 56, bottom: 64},
        xAxis: {type: 'category', data: labels},
        yAxis: [{type: 'value', name: 'events', minInterval: 1},
          {type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: {show: false}}],
        dataZoom: labels.length > 60 ? [{type: 'slider', bottom: 8}, {type: 'inside'}] : [],
        series: series
      });
      chart.on('click', function (params) {
        var index = params.seriesType === 'scatter' ? params.data[0] : params.dataIndex;
        open(periods, index);
      });
      chart.getZr().on('click', function (event) {
        if (event.target) { return; } // a bar or point: handled above
        var point = [event.offsetX, event.offsetY];
        if (chart.containPixel('grid', point)) {
          open(periods, chart.convertFromPixel({seriesIndex: 0}, point)[0]);
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      window.attacheDyadChart = {chart: chart, periods: periods};
      el.setAttribute('data-points', String(periods.filter(function (p) { return p.events > 0; }).length));
      el.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      el.textContent = 'The chart could not be drawn (' + error.message + '); the table below has the figures.';
      el.setAttribute('data-rendered', 'error');
    });
}());

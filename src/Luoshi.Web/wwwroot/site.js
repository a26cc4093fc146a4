// Progressive enhancement only: every page works without this script. It draws the charts whose data the page
// carries in a <script type="application/json"> element (no inline code, so the content security policy can
// forbid it), and asks before a form that discards or returns something is sent.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    if (typeof echarts === 'undefined') { return; }
    var data = JSON.parse(document.getElementById(element.dataset.chart).textContent);
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 24, top: 56, bottom: 40 },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value', name: data.unit || '', scale: true },
      series: [
        { name: data.labels.expected, type: 'line', data: data.expected, lineStyle: { type: 'dashed' }, symbol: 'none', color: '#5b6675' },
        { name: data.labels.actual, type: 'line', data: data.actual, color: '#b3261e', connectNulls: false },
        { name: data.labels.projected, type: 'line', data: data.projected, lineStyle: { type: 'dotted' }, color: '#c99a06', symbol: 'none', connectNulls: true },
        { name: data.labels.goal, type: 'line', data: data.goal, color: '#1f8a3b', symbol: 'none', lineStyle: { width: 1 } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });
});

/*
 * Dossier's web app: charts (Chart.js) and the story timeline's filters. Every page works without
 * this script; it only adds the charts and filtering. Data comes from data-* attributes that the
 * server wrote (JSON, HTML-escaped), never from inline scripts, so the Content-Security-Policy can
 * forbid them.
 */
(function () {
  'use strict';

  var ACCENT = '#7a3e00';
  var LINK = '#0b4f8a';

  function series(element) {
    try {
      return JSON.parse(element.getAttribute('data-series') || '{}');
    } catch (e) {
      return {};
    }
  }

  function barChart(canvas, data, options) {
    if (typeof Chart === 'undefined') {
      return null;
    }
    var labels = Object.keys(data);
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: options.label, data: labels.map(function (k) { return data[k]; }),
        backgroundColor: options.colour, borderWidth: 0 }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false }, tooltip: { enabled: !options.compact } },
        scales: {
          x: { display: !options.compact, ticks: { color: '#4d4d4d', maxRotation: 0, autoSkip: true } },
          y: { display: !options.compact, beginAtZero: true, ticks: { precision: 0, color: '#4d4d4d' } }
        },
        onClick: options.onClick
      }
    });
  }

  document.querySelectorAll('canvas.volume').forEach(function (canvas) {
    barChart(canvas, series(canvas), { label: 'articles', colour: LINK, compact: true });
  });

  document.querySelectorAll('canvas.over-time').forEach(function (canvas) {
    barChart(canvas, series(canvas), { label: canvas.getAttribute('data-label') || 'count', colour: ACCENT, compact: false });
  });

  var timeline = document.getElementById('timeline');
  if (timeline) {
    var kindInputs = document.querySelectorAll('input[name="kind"]');
    var daySelect = document.getElementById('timeline-day');
    var status = document.getElementById('timeline-status');
    var apply = function () {
      var kind = (document.querySelector('input[name="kind"]:checked') || { value: 'all' }).value;
      var day = daySelect ? daySelect.value : '';
      var shown = 0;
      timeline.querySelectorAll('li').forEach(function (item) {
        var visible = (kind === 'all' || item.getAttribute('data-kind') === kind) && (!day || item.getAttribute('data-day') === day);
        item.hidden = !visible;
        shown += visible ? 1 : 0;
      });
      if (status) {
        status.textContent = shown + ' of ' + timeline.children.length + ' entries shown';
      }
      // the filters live in the address, so a filtered timeline can be shared
      var state = (kind !== 'all' ? 'kind=' + kind : '') + (day ? (kind !== 'all' ? '&' : '') + 'day=' + day : '');
      history.replaceState(null, '', state ? '#' + state : location.pathname + location.search);
    };
    var shared = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (shared.get('kind')) {
      var input = document.querySelector('input[name="kind"][value="' + shared.get('kind').replace(/[^a-z]/g, '') + '"]');
      if (input) {
        input.checked = true;
      }
    }
    if (shared.get('day') && daySelect) {
      daySelect.value = shared.get('day');
    }
    kindInputs.forEach(function (input) { input.addEventListener('change', apply); });
    if (daySelect) {
      daySelect.addEventListener('change', apply);
    }
    var chartCanvas = document.getElementById('timeline-chart');
    if (chartCanvas) {
      barChart(chartCanvas, series(chartCanvas), {
        label: 'entries', colour: ACCENT, compact: false,
        onClick: function (event, elements, chart) {
          if (elements.length && daySelect) {
            daySelect.value = chart.data.labels[elements[0].index];
            apply();
          }
        }
      });
    }
    apply();
  }
})();

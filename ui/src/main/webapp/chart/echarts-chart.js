// <echarts-chart>: Apache ECharts in a custom element, for the Java class com.streetgov.ui.chart.EChart.
// The server sets the property "option" to the chart's option as a JSON string; the element renders it
// with ECharts' SVG renderer (crisp in screenshots; nothing is evaluated, so it runs under the
// application's Content Security Policy), follows its own size with a ResizeObserver, and fires
// "chart-click" with the clicked item's series, name, index and value so the server can drill down.
// ECharts itself (window.echarts) is loaded by the script EChart names before this one; the element
// waits for it in case the browser runs this file first.
(function () {
  'use strict';

  if (customElements.get('echarts-chart')) {
    return;
  }

  function whenECharts(callback) {
    if (window.echarts) {
      callback(window.echarts);
      return;
    }
    const script = document.querySelector('script[src*="/echarts/"][src$="echarts.min.js"]');
    if (script) {
      script.addEventListener('load', () => callback(window.echarts), { once: true });
    }
    const poll = setInterval(() => {
      if (window.echarts) {
        clearInterval(poll);
        callback(window.echarts);
      }
    }, 50);
    setTimeout(() => clearInterval(poll), 30000);
  }

  /** Suffixes the server asks for by name ("valueSuffix": "%"): functions cannot travel as JSON. */
  function withFormatters(option) {
    const suffix = option.valueSuffix;
    delete option.valueSuffix;
    if (suffix !== undefined && option.tooltip) {
      option.tooltip.valueFormatter = (v) => (v === null || v === undefined ? '—' : `${v}${suffix}`);
    }
    return option;
  }

  class EChartsChart extends HTMLElement {
    constructor() {
      super();
      this._option = null;
      this.chart = null;
    }

    connectedCallback() {
      if (!this.style.display) {
        this.style.display = 'block';
      }
      // Set by the server before this element was defined: an own property that hides the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const json = this.option;
        delete this.option;
        this.option = json;
      }
      whenECharts((echarts) => this._init(echarts));
    }

    _init(echarts) {
      if (this.chart || !this.isConnected) {
        this._render();
        return;
      }
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.chart.on('click', (p) => {
        this.dispatchEvent(
          new CustomEvent('chart-click', {
            detail: {
              seriesName: p.seriesName == null ? '' : p.seriesName,
              seriesIndex: p.seriesIndex == null ? -1 : p.seriesIndex,
              name: p.name == null ? '' : p.name,
              dataIndex: p.dataIndex == null ? -1 : p.dataIndex,
              value: Array.isArray(p.value) ? p.value.join(',') : `${p.value == null ? '' : p.value}`,
            },
            bubbles: true,
          }),
        );
      });
      this._observer = new ResizeObserver(() => this.chart && this.chart.resize());
      this._observer.observe(this);
      this._render();
    }

    disconnectedCallback() {
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    set option(json) {
      this._option = json;
      this._render();
    }

    get option() {
      return this._option;
    }

    _render() {
      if (this.chart && this._option) {
        this.chart.setOption(withFormatters(JSON.parse(this._option)), true);
        this.setAttribute('rendered', '');
      }
    }
  }

  customElements.define('echarts-chart', EChartsChart);
})();

// Chạy sau Sveltia CMS, trên trang /admin/ (src/integrations/admin.ts ghi các thuộc tính data- của thẻ <script>):
// - "Xem trước" dùng chính bảng định kiểu của cổng (data-preview-styles: địa chỉ các tệp CSS của trang đã dựng);
// - trường ngày (data-date-field): gõ và hiện theo ngày/tháng/năm dù trình duyệt dùng ngôn ngữ nào, lưu YYYY-MM-DD.
// Plain ES2020, no build step. The CMS's native date input follows the browser's language (MM/DD/YYYY in an
// English browser, whatever the page's lang), so a clerk's 05/12 would be saved as the twelfth of May.
(() => {
  const { previewStyles = '', dateField, datePlaceholder = '', dateInvalid = '' } = document.currentScript.dataset;
  const CMS = window.CMS;
  for (const url of previewStyles.split(' ').filter(Boolean)) CMS.registerPreviewStyle(url);

  const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
  const TYPED = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;
  /** "2024-12-05" → "05/12/2024"; anything else as it is. */
  const shown = (value) => {
    const m = ISO.exec(value ?? '');
    return m ? `${m[3]}/${m[2]}/${m[1]}` : (value ?? '');
  };
  /** "5/12/2024" → "2024-12-05"; undefined when it is not a day of the calendar. */
  const stored = (text) => {
    const m = TYPED.exec(text);
    if (!m) return undefined;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };

  const h = window.h;
  const DateControl = window.createClass({
    getInitialState() {
      return { text: shown(this.props.value) };
    },
    componentDidUpdate(previous) {
      // A value set from outside (an entry loaded, a draft restored): show it, unless it is what is being typed.
      const { value } = this.props;
      if (previous.value !== value && value !== stored(this.state.text) && value !== this.state.text.trim()) {
        this.setState({ text: shown(value) });
      }
    },
    isValid() {
      const text = this.state.text.trim();
      return !text || stored(text) ? true : { error: { message: dateInvalid } };
    },
    render() {
      return h('input', {
        type: 'text',
        id: this.props.forID,
        className: this.props.classNameWrapper,
        inputMode: 'numeric',
        autoComplete: 'off',
        placeholder: datePlaceholder,
        value: this.state.text,
        onChange: (event) => {
          const text = event.target.value;
          this.setState({ text });
          // An unfinished or wrong day is kept as typed, so isValid() stops the save and says why.
          this.props.onChange(stored(text) ?? text.trim());
        },
      });
    },
  });
  const DatePreview = (props) => h('span', null, shown(props.value));
  CMS.registerFieldType(dateField, DateControl, DatePreview);
})();

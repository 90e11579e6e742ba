/*
 * <nscl-code-editor>: the rule files' editor. It wraps CodeMirror 5 (served from its webjar and loaded before this
 * script, see CodeEditor.java) so that the server sees a single "value" property, like a text area, and adds what
 * an officer needs to fix a rule file: line numbers, matching brackets, Drools and YAML colouring, the lines with a
 * problem marked in the margin (hover for the message), and a jump to a given line.
 */
(function () {
    'use strict';
    if (customElements.get('nscl-code-editor') || typeof CodeMirror === 'undefined') {
        return;
    }

    function words(text) {
        const set = {};
        text.split(' ').forEach(function (word) { set[word] = true; });
        return set;
    }

    // Drools' rule language reads like Java with its own keywords; CodeMirror's C-like mode colours it well enough.
    CodeMirror.defineMIME('text/x-drools', {
        name: 'clike',
        keywords: words('package import global function query rule when then end not exists forall from collect '
            + 'accumulate eval and or salience no-loop lock-on-active agenda-group activation-group dialect enabled '
            + 'date-effective date-expires declare extends new instanceof contains matches memberOf in modify insert '
            + 'insertLogical retract update delete if else return for while'),
        types: words('String Integer Long Double Boolean BigDecimal List Set Map int long double boolean'),
        atoms: words('true false null'),
        blockKeywords: words('rule when then'),
        modeProps: { fold: ['brace'] }
    });

    const MODES = { drools: 'text/x-drools', yaml: 'yaml', plain: 'text/plain' };
    const PROPERTIES = ['value', 'readonly', 'mode', 'problems', 'label'];

    class NsclCodeEditor extends HTMLElement {

        constructor() {
            super();
            this._value = '';
            this._readonly = false;
            this._mode = 'drools';
            this._problems = '[]';
            this._label = '';
            this._marked = [];
        }

        connectedCallback() {
            // Properties the server set before this element was defined would hide the accessors below.
            PROPERTIES.forEach(name => {
                if (Object.prototype.hasOwnProperty.call(this, name)) {
                    const value = this[name];
                    delete this[name];
                    this[name] = value;
                }
            });
            if (this.cm) {
                this.cm.refresh();
                return;
            }
            this.cm = CodeMirror(this, {
                value: this._value,
                mode: MODES[this._mode] || MODES.plain,
                readOnly: this._readonly,
                lineNumbers: true,
                matchBrackets: true,
                styleActiveLine: true,
                indentUnit: 4,
                tabSize: 4,
                indentWithTabs: false,
                screenReaderLabel: this._label,
                // A hidden textarea receives the keys on every device. CodeMirror's contenteditable input (its
                // default on phones) dropped the Vietnamese letters a keyboard inserts ("Hỏng" became "Hng").
                inputStyle: 'textarea',
                gutters: ['nscl-problem-gutter', 'CodeMirror-linenumbers'],
                // Every line is drawn (rule files have hundreds, not tens of thousands), so the browser's own
                // Ctrl+F finds text anywhere in the file.
                viewportMargin: Infinity,
                extraKeys: {
                    Tab: cm => cm.execCommand('insertSoftTab'),
                    // Tab indents, so Esc is the way out for keyboard users: to the buttons after the editor.
                    Esc: () => this._leave(),
                    'Ctrl-S': () => this._saveRequested(),
                    'Cmd-S': () => this._saveRequested()
                }
            });
            this.cm.on('change', () => this._changedSoon());
            this.cm.on('blur', () => this._sendNow());
            this._markProblems();
        }

        get value() {
            return this.cm ? this.cm.getValue() : this._value;
        }

        set value(text) {
            this._value = text == null ? '' : String(text);
            if (this.cm && this.cm.getValue() !== this._value) {
                this._settingFromServer = true;
                this.cm.setValue(this._value);
                this._settingFromServer = false;
                this._markProblems();
            }
        }

        get readonly() {
            return this._readonly;
        }

        set readonly(readonly) {
            this._readonly = !!readonly;
            if (this.cm) {
                this.cm.setOption('readOnly', this._readonly);
            }
        }

        get mode() {
            return this._mode;
        }

        set mode(mode) {
            this._mode = mode || 'plain';
            if (this.cm) {
                this.cm.setOption('mode', MODES[this._mode] || MODES.plain);
            }
        }

        get label() {
            return this._label;
        }

        set label(label) {
            this._label = label || '';
            if (this.cm) {
                this.cm.setOption('screenReaderLabel', this._label);
            }
        }

        /** The problems as JSON, [{line, message}], lines counted from 1. */
        get problems() {
            return this._problems;
        }

        set problems(json) {
            this._problems = json || '[]';
            this._markProblems();
        }

        /** Puts the cursor at the start of the line, scrolls it into the middle of the view and flashes it. */
        goToLine(line) {
            if (!this.cm) {
                return;
            }
            const index = Math.max(0, Math.min(this.cm.lineCount() - 1, line - 1));
            this.cm.focus();
            this.cm.setCursor({ line: index, ch: 0 });
            const top = this.cm.charCoords({ line: index, ch: 0 }, 'local').top;
            this.cm.scrollTo(null, Math.max(0, top - this.cm.getScrollInfo().clientHeight / 2));
            this.cm.addLineClass(index, 'background', 'nscl-line-flash');
            setTimeout(() => this.cm.removeLineClass(index, 'background', 'nscl-line-flash'), 1600);
        }

        _markProblems() {
            if (!this.cm) {
                return;
            }
            this._marked.forEach(handle => {
                this.cm.setGutterMarker(handle, 'nscl-problem-gutter', null);
                this.cm.removeLineClass(handle, 'background', 'nscl-problem-line');
            });
            this._marked = [];
            let problems = [];
            try {
                problems = JSON.parse(this._problems);
            } catch (e) {
                problems = [];
            }
            const byLine = {};
            problems.filter(p => p.line > 0 && p.line <= this.cm.lineCount()).forEach(p => {
                (byLine[p.line] = byLine[p.line] || []).push(p.message);
            });
            Object.keys(byLine).forEach(line => {
                const marker = document.createElement('span');
                marker.className = 'nscl-problem-marker';
                marker.textContent = '●';
                marker.title = byLine[line].join('\n');
                const handle = this.cm.setGutterMarker(Number(line) - 1, 'nscl-problem-gutter', marker);
                this.cm.addLineClass(handle, 'background', 'nscl-problem-line');
                this._marked.push(handle);
            });
        }

        _leave() {
            const next = this.nextElementSibling && this.nextElementSibling.querySelector('vaadin-button, button');
            if (next) {
                next.focus();
            } else {
                this.cm.getInputField().blur();
            }
        }

        /** Ctrl+S: the text is sent first, then the request to save it. */
        _saveRequested() {
            this._pending = true;
            this._sendNow();
            this.dispatchEvent(new CustomEvent('save-requested'));
        }

        _changedSoon() {
            if (this._settingFromServer) {
                return;
            }
            clearTimeout(this._timer);
            this._pending = true;
            this._timer = setTimeout(() => this._sendNow(), 400);
        }

        _sendNow() {
            clearTimeout(this._timer);
            if (this._pending) {
                this._pending = false;
                this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this.value } }));
            }
        }
    }

    customElements.define('nscl-code-editor', NsclCodeEditor);
})();

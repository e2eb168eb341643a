// Scoring sheet: recomputes each criterion's points and the running totals per top-level group as the unit types.
// The server computes the same again when the draft is saved; this is only a preview.
(function () {
    'use strict';

    function parse(text) {
        if (text === null || text === undefined) {
            return null;
        }
        var cleaned = String(text).trim().replace(/\s/g, '');
        if (cleaned === '') {
            return null;
        }
        if (cleaned.indexOf(',') >= 0) {
            cleaned = cleaned.replace(/\./g, '').replace(',', '.');
        } else if (cleaned.indexOf('.') !== cleaned.lastIndexOf('.')) {
            cleaned = cleaned.replace(/\./g, '');
        }
        var value = Number(cleaned);
        return isNaN(value) ? NaN : value;
    }

    function number(element, name) {
        var raw = element.getAttribute('data-' + name);
        return raw === null || raw === '' ? null : Number(raw);
    }

    function format(value) {
        var lang = document.documentElement.getAttribute('lang') || 'vi';
        // A true minus sign, as the server writes it.
        return new Intl.NumberFormat(lang === 'en' ? 'en' : 'vi', {maximumFractionDigits: 2}).format(value).replace(/^-/, '\u2212');
    }

    // What was typed into a line: its points, or why it cannot count ('invalid', or 'range' with its bounds).
    function check(input, form) {
        var value = parse(input.value);
        if (value === null) {
            return {points: null};
        }
        var max = number(input, 'max');
        var kind = input.getAttribute('data-kind');
        if (kind === 'MANUAL') {
            var min = number(input, 'min') || 0;
            if (isNaN(value) || value < min || value > max) {
                return {points: null, error: range(form, min, max)};
            }
            return {points: value};
        }
        if (isNaN(value) || value < 0 || (kind === 'PER_OCCURRENCE' && Math.floor(value) !== value)) {
            return {points: null, error: form.getAttribute('data-msg-invalid')};
        }
        var result = points(input, value, max);
        if (result === null && kind === 'FIGURE_AGAINST_TARGET') {
            return {points: null, error: form.getAttribute('data-msg-target')};
        }
        return result === null ? {points: null, error: form.getAttribute('data-msg-invalid')} : {points: result};
    }

    function range(form, min, max) {
        return (form.getAttribute('data-msg-range') || '').replace('{min}', format(min)).replace('{max}', format(max));
    }

    // The points of one criterion from a valid number, or null when they cannot be computed yet.
    function points(input, value, max) {
        switch (input.getAttribute('data-kind')) {
            case 'PASS_FAIL':
                return value === 1 ? max : value === 0 ? 0 : null;
            case 'PER_OCCURRENCE':
                // The criterion's rule: occurrences beyond the maximum add nothing more.
                return Math.min(value * (number(input, 'per') || 1), max);
            case 'FIGURE_AGAINST_TARGET':
                var targetInput = document.querySelector('[data-target-for="' + input.getAttribute('data-score-input') + '"]');
                // The target is set for the unit (by its pledge or the round) and shown, not typed.
                var target = targetInput ? parse(targetInput.getAttribute('data-target') || '') : null;
                if (!target || isNaN(target) || target <= 0) {
                    return null;
                }
                var ratio = value / target;
                var best = Math.max(number(input, 'best') || ratio, ratio);
                var atTarget = max * (number(input, 'share') || 0.5);
                if (ratio < 1) {
                    return atTarget * ratio;
                }
                if (best <= 1) {
                    return atTarget;
                }
                return atTarget + (max - atTarget) * (ratio - 1) / (best - 1);
            default:
                return null;
        }
    }

    function recompute(form) {
        var sums = {};
        var anyInvalid = false;
        form.querySelectorAll('[data-score-input]').forEach(function (input) {
            var id = input.getAttribute('data-score-input');
            var cell = form.querySelector('[data-score-for="' + id + '"]');
            var checked = check(input, form);
            var value = checked.points;
            var invalid = !!checked.error;
            anyInvalid = anyInvalid || invalid;
            input.classList.toggle('is-invalid', invalid);
            input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
            var message = form.querySelector('[data-live-error="' + id + '"]');
            // The server's message for the value as it was sent says it already; a new value gets its own.
            var told = input.value === input.defaultValue && form.querySelector('[data-testid="error-value-' + id + '"]');
            if (message) {
                message.textContent = invalid && !told ? checked.error : '';
                message.classList.toggle('d-block', invalid && !told);
            }
            if (cell) {
                cell.textContent = value === null ? '' : format(Math.round(value * 100) / 100);
            }
            var root = input.getAttribute('data-root');
            sums[root] = (sums[root] || 0) + (value || 0);
        });
        var total = 0;
        var handled = {};
        form.querySelectorAll('[data-subtotal]').forEach(function (cell) {
            var root = cell.getAttribute('data-subtotal');
            handled[root] = true;
            var sum = sums[root] || 0;
            var cap = number(cell, 'cap');
            if (cap !== null) {
                sum = Math.min(sum, cap);
            }
            cell.textContent = format(Math.round(sum * 100) / 100);
            total += cell.getAttribute('data-section') === 'DEDUCTION' ? -sum : sum;
        });
        // Top-level criteria have no subtotal row of their own.
        Object.keys(sums).forEach(function (root) {
            if (!handled[root]) {
                total += sums[root];
            }
        });
        var totalCell = form.querySelector('[data-total="self"]');
        if (totalCell) {
            totalCell.textContent = format(Math.round(total * 100) / 100);
            // A total that leaves out a refused value is not a score: it says so instead of looking final.
            totalCell.classList.toggle('text-danger', anyInvalid);
        }
        var totalWarning = form.querySelector('[data-total-invalid]');
        if (totalWarning) {
            totalWarning.classList.toggle('d-none', !anyInvalid);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.querySelector('form[data-scoring="live"]');
        if (!form || !form.querySelector('[data-score-input]')) {
            return;
        }
        form.addEventListener('input', function () {
            recompute(form);
        });
        form.addEventListener('change', function () {
            recompute(form);
        });
        // Values typed (or restored by the browser) before this ran count too.
        recompute(form);
    });

    // "+ Attach evidence" on a criterion's row: picks that criterion in the sheet's one file chooser and opens it; the
    // chosen file is sent at once with the typed scores ("save and attach").
    var attachFromRow = false;
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-attach]');
        var select = document.getElementById('evidence-node');
        var file = document.getElementById('evidence-file');
        if (!button || !select || !file) {
            return;
        }
        select.value = button.getAttribute('data-attach');
        attachFromRow = true;
        file.click();
    });
    document.addEventListener('cancel', function (event) {
        if (event.target.id === 'evidence-file') {
            attachFromRow = false;
        }
    }, true);
    document.addEventListener('change', function (event) {
        if (event.target.id !== 'evidence-file' || !attachFromRow) {
            return;
        }
        attachFromRow = false;
        var submit = document.getElementById('evidence-submit');
        if (event.target.files.length > 0 && submit) {
            submit.form.requestSubmit(submit);
        }
    });

    // "Use this result": fills a figure line with the unit's annual result for the pledge target it measures.
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-use-result]');
        if (!button) {
            return;
        }
        var id = button.getAttribute('data-use-result');
        var value = document.getElementById('value-' + id);
        if (value) {
            value.value = button.getAttribute('data-result-value');
            value.dispatchEvent(new Event('input', {bubbles: true}));
        }
    });
})();

// The layout page's live preview: the page and each field's box, redrawn in millimetres as the numbers change.
(function () {
    'use strict';
    const svg = document.querySelector('[data-testid=layout-preview]');
    const form = document.querySelector('[data-testid=layout-form]');
    if (!svg || !form) {
        return;
    }

    function number(input) {
        if (!input) {
            return NaN;
        }
        return parseFloat(input.value.trim().replace(/\s/g, '').replace(',', '.'));
    }

    function value(line, prop) {
        return form.querySelector('[data-line="' + line + '"][data-prop="' + prop + '"]');
    }

    function redrawLine(line) {
        const group = svg.querySelector('[data-preview="' + line + '"]');
        if (!group) {
            return;
        }
        const rect = group.querySelector('rect');
        const label = group.querySelector('text');
        const x = number(value(line, 'x'));
        const y = number(value(line, 'y'));
        const w = number(value(line, 'width'));
        const h = number(value(line, 'height'));
        if ([x, y, w, h].every(Number.isFinite) && w > 0 && h > 0) {
            rect.setAttribute('x', x);
            rect.setAttribute('y', y);
            rect.setAttribute('width', w);
            rect.setAttribute('height', h);
            label.setAttribute('x', x + 1);
            label.setAttribute('y', y + 4.5);
            group.classList.remove('preview-invalid');
        } else {
            group.classList.add('preview-invalid');
        }
        const visible = value(line, 'visible');
        group.classList.toggle('preview-hidden', visible !== null && !visible.checked);
    }

    function redrawPage() {
        const paper = form.querySelector('[data-paper]');
        const option = paper && paper.selectedOptions[0];
        if (!option) {
            return;
        }
        const w = option.dataset.width;
        const h = option.dataset.height;
        svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
        const page = svg.querySelector('.preview-page');
        page.setAttribute('width', w);
        page.setAttribute('height', h);
    }

    form.addEventListener('input', function (event) {
        const line = event.target.dataset.line;
        if (line !== undefined) {
            redrawLine(line);
        }
    });
    form.addEventListener('change', function (event) {
        if (event.target.matches('[data-paper]')) {
            redrawPage();
        } else if (event.target.dataset.line !== undefined) {
            redrawLine(event.target.dataset.line);
        }
    });
}());

// Clusters: a search box that filters a list of checkboxes (units to add to a cluster-year), ignoring accents.
(function () {
    'use strict';

    function key(text) {
        return (text || '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
            .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    }

    function apply(input) {
        var list = document.querySelector(input.getAttribute('data-filter-target'));
        if (!list) {
            return;
        }
        var wanted = key(input.value);
        list.querySelectorAll('[data-filter-text]').forEach(function (item) {
            var matches = wanted === '' || key(item.getAttribute('data-filter-text')).indexOf(wanted) >= 0;
            item.classList.toggle('d-none', !matches);
        });
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[data-filter-target]')) {
            apply(input);
        }
    });

    // Handing the head over to another member asks first, like removing a member does.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form.getAttribute && form.getAttribute('data-head-change-confirm');
        var current = form.getAttribute && form.getAttribute('data-current-head');
        var head = form.querySelector && form.querySelector('select[name=headUnitId]');
        if (message && current && head && head.value !== current && !window.confirm(message)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    // A filter the browser refilled (back button) or the person typed into before this script ran.
    document.querySelectorAll('input[data-filter-target]').forEach(apply);
})();

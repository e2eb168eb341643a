// Criterion form: shows the criterion's fields only for a criterion, and of those only the parameters of the chosen
// way of scoring. Without this script every field stays visible, and the server ignores what does not apply.
(function () {
    'use strict';

    function update(form) {
        var type = form.querySelector('[name=nodeType]');
        var kind = form.querySelector('[name=kind]');
        form.querySelectorAll('[data-node-types]').forEach(function (element) {
            element.hidden = type !== null && element.getAttribute('data-node-types').split(' ').indexOf(type.value) < 0;
        });
        form.querySelectorAll('[data-kinds]').forEach(function (element) {
            element.hidden = kind !== null && element.getAttribute('data-kinds').split(' ').indexOf(kind.value) < 0;
        });
    }

    document.querySelectorAll('form[data-criterion-form]').forEach(function (form) {
        update(form);
        form.addEventListener('change', function () {
            update(form);
        });
    });
})();

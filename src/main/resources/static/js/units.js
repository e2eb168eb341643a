// Units: the import form checks the chosen file's type and size before uploading it.
(function () {
    'use strict';

    var input = document.getElementById('import-file');
    if (!input) {
        return;
    }
    var feedback = document.getElementById('import-file-error');
    var maxBytes = parseInt(input.getAttribute('data-max-bytes'), 10);

    function problemOf(file) {
        if (!file) {
            return '';
        }
        var name = file.name.toLowerCase();
        if (!(name.endsWith('.xlsx') || name.endsWith('.csv'))) {
            return input.getAttribute('data-wrong-type');
        }
        if (maxBytes && file.size > maxBytes) {
            return input.getAttribute('data-too-large');
        }
        return '';
    }

    function check() {
        var problem = problemOf(input.files && input.files[0]);
        input.setCustomValidity(problem);
        input.classList.toggle('is-invalid', problem !== '');
        feedback.textContent = problem;
        return problem === '';
    }

    input.addEventListener('change', check);
    input.form.addEventListener('submit', function (event) {
        if (!check()) {
            event.preventDefault();
        }
    });
})();

// Behaviour shared by every page. No inline scripts: the Content-Security-Policy forbids them.
(function () {
    'use strict';

    // A form or button with data-confirm asks before it acts (destructive actions).
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    // htmx requests carry the CSRF token like forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="csrf-token"]');
        var header = document.querySelector('meta[name="csrf-header"]');
        if (token && header) {
            event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
        }
    });

    // Elements with data-href navigate when their select changes (filters that apply at once).
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target.matches && target.matches('select[data-autosubmit]') && target.form) {
            target.form.requestSubmit();
        }
    });
})();

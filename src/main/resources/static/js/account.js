// User form: the unit applies only to roles that act for a unit; for the others it is cleared and disabled.
(function () {
    'use strict';

    function sync(role) {
        var unit = document.getElementById('unitId');
        if (!unit) {
            return;
        }
        var unitRoles = (role.getAttribute('data-unit-roles') || '').split(' ');
        var needsUnit = unitRoles.indexOf(role.value) >= 0;
        if (!needsUnit) {
            unit.value = '';
        }
        unit.disabled = !needsUnit;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var role = document.querySelector('select[data-unit-roles]');
        if (!role) {
            return;
        }
        role.addEventListener('change', function () {
            sync(role);
        });
        sync(role);
    });
})();

/* The console's own script (no inline script, nothing from elsewhere: CSP script-src 'self').
   It only adds comfort; every action also works without it.
   - <time datetime="…"> elements are shown in the viewer's own time zone, in the console's one format.
   - Buttons with data-copy="<element id>" copy that element's text and say so. */
(function () {
    'use strict';

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function zoneName(date) {
        try {
            var parts = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' }).formatToParts(date);
            for (var i = 0; i < parts.length; i++) {
                if (parts[i].type === 'timeZoneName') {
                    return parts[i].value;
                }
            }
        } catch (e) {
            /* an old browser: the offset will do */
        }
        var offset = -date.getTimezoneOffset();
        return 'UTC' + (offset >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60);
    }

    function localTimes() {
        var times = document.querySelectorAll('time[datetime]');
        for (var i = 0; i < times.length; i++) {
            var date = new Date(times[i].getAttribute('datetime'));
            if (isNaN(date.getTime())) {
                continue;
            }
            times[i].title = times[i].textContent;
            times[i].textContent = date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + ' '
                + pad(date.getHours()) + ':' + pad(date.getMinutes()) + ' ' + zoneName(date);
        }
    }

    function copied(button, text) {
        button.setAttribute('data-copied', text);
        button.textContent = 'Copied';
        var status = document.getElementById(button.getAttribute('data-copy') + '-status');
        if (status) {
            status.textContent = 'Copied to the clipboard';
        }
    }

    function copyText(button) {
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (!source) {
            return;
        }
        var text = source.textContent;
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(function () {
                copied(button, text);
            }, function () {
                fallbackCopy(button, text);
            });
        } else {
            fallbackCopy(button, text);
        }
    }

    function fallbackCopy(button, text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'offscreen';
        document.body.appendChild(area);
        area.select();
        try {
            document.execCommand('copy');
        } finally {
            document.body.removeChild(area);
        }
        copied(button, text);
    }

    function copyButtons() {
        var buttons = document.querySelectorAll('button[data-copy]');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].hidden = false;
            buttons[i].addEventListener('click', function (event) {
                event.preventDefault();
                copyText(event.currentTarget);
            });
        }
    }

    function selectAll() {
        var boxes = document.querySelectorAll('input[data-select-all]');
        for (var i = 0; i < boxes.length; i++) {
            boxes[i].hidden = false;
            boxes[i].addEventListener('change', function (event) {
                var rows = document.querySelectorAll('input[name="ids"]');
                for (var j = 0; j < rows.length; j++) {
                    rows[j].checked = event.currentTarget.checked;
                }
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        localTimes();
        copyButtons();
        selectAll();
    });
}());

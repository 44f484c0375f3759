// Building the page without ever parsing data as HTML: every text goes in as a text node.
// (The server's Content-Security-Policy also makes HTML sinks refuse strings: Trusted Types.)

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "dataset") Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function replace(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

let seq = 0;
export function uid(prefix = "f") {
  seq += 1;
  return `${prefix}-${seq}`;
}

// A labelled form field; the label is tied to the control for screen readers and big taps.
export function field(label, control, hint) {
  const id = control.id || uid();
  control.id = id;
  const hintEl = hint ? h("p", { class: "hint", id: `${id}-hint`, text: hint }) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: id, text: label }), hintEl, control);
}

export function select(name, options, value) {
  const el = h("select", { name });
  for (const [optValue, optLabel] of options) {
    const opt = h("option", { value: optValue, text: optLabel });
    if (optValue === value) opt.selected = true;
    el.append(opt);
  }
  return el;
}

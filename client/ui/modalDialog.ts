// A modal dialog of the page (the keyboard help, the nearby list): named by its title, described by its intro; opening
// it remembers where the focus was and moves it inside, Tab and Shift+Tab go round its buttons, Esc or `close` hides
// it and gives the focus back (or to `fallback`, when that place is gone).
import { el } from "./dom";

export interface ModalDialog {
  readonly element: HTMLElement;
  /** Shows it, `render` first (so that its content is current), then focuses `focus()`'s element. */
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export function createModalDialog(
  root: HTMLElement,
  o: { id: string; title: HTMLElement; intro: HTMLElement; body: HTMLElement[]; fallback: HTMLElement },
  render: () => void,
  focus: () => HTMLElement,
): ModalDialog {
  const element = el(
    "div",
    {
      id: o.id,
      class: "hidden",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": o.title.id,
      "aria-describedby": o.intro.id,
    },
    o.title,
    o.intro,
    ...o.body,
  );
  root.append(element);
  let returnTo: HTMLElement | null = null;
  const isOpen = () => !element.classList.contains("hidden");
  const close = () => {
    if (!isOpen()) return;
    element.classList.add("hidden");
    (returnTo?.isConnected ? returnTo : o.fallback).focus();
    returnTo = null;
  };
  element.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      close();
      return;
    }
    if (e.key !== "Tab") return;
    const buttons = [...element.querySelectorAll("button")];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    e.preventDefault();
    buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
  });
  return {
    element,
    open() {
      if (isOpen()) return;
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.classList.remove("hidden");
      render();
      focus().focus();
    },
    close,
    isOpen,
  };
}

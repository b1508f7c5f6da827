import json, glob, re, sys, importlib.util
AB = {'nl':'name-leak','si':'sensitive-info','fp':'family-photo','gt':'geotag','ld':'location-disclosure',
      'lm':'logo-misuse','cr':'criticism','ad':'advice-to-family','co':'controversial-official','cd':'contact-details',
      'dm':'disclaimer-missing','ps':'privacy-settings'}
CL = {'disclaimer-missing':'Post content 7','privacy-settings':'Post content 6','name-leak':'Post content 1',
      'sensitive-info':'Post content 1','family-photo':'Photos','geotag':'Post content 3','location-disclosure':'Post content 3',
      'logo-misuse':'Guidance for personal use','criticism':'Guidance for personal use','advice-to-family':'Post content 11',
      'controversial-official':'Post content 12; Guidance for personal use','contact-details':'Post content 4'}
POSTS = []
def P(a, d, text, rules='', unsure='', why='', m=None, g=None, r=None, k=None, vis=None, alt2=None):
    POSTS.append(dict(a=a, d=d, text=text, rules=rules, unsure=unsure, why=why, m=m, g=g, r=r, k=k, vis=vis, alt2=alt2))
